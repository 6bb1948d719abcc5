// Mistake: ignores the supplied generator and calls Math.random.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, _rng: Rng): () => number {
  const cdf = Float64Array.from(probs);
  for (let k = 1; k < cdf.length; k++) cdf[k]! += cdf[k - 1]!;
  return () => {
    const u = Math.random() * cdf[cdf.length - 1]!;
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
