// Mistake: the search takes the first k with u <= cdf[k] (not <), so rng() = 0 picks a leading outcome of probability 0.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  return () => {
    const u = rng() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u <= cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
