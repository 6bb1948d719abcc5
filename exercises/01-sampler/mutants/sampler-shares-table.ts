// Mistake: reuses one module-level cumulative table for every sampler of the same size (to save allocations), so
// preparing a second sampler silently changes what the first one draws.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
let table = new Float64Array(0);
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  if (table.length !== probs.length) table = new Float64Array(probs.length);
  const cdf = table;
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  return () => {
    const u = rng() * cdf[cdf.length - 1]!;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
