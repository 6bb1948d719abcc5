// Mistake: builds the cumulative sums in the caller's probs array, so the caller's probabilities are destroyed.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = probs as unknown as number[];
  for (let k = 1; k < cdf.length; k++) cdf[k] = cdf[k]! + cdf[k - 1]!;
  const total = cdf[cdf.length - 1]!;
  return () => {
    const u = rng() * total;
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
