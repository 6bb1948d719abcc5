// Mistake: the cumulative sums live in a Float32Array, which cannot add tiny probabilities to a sum near 0.5.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float32Array(probs.length);
  for (let k = 0; k < probs.length; k++) cdf[k] = (k ? cdf[k - 1]! : 0) + probs[k]!;
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
