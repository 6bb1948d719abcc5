// Mistake: compares u = rng() with the cumulative sums without scaling it by their total, and searches up to one
// past the last index. When the probabilities add up to a hair below 1 (ten 0.1s give 0.9999999999999999) and rng()
// returns 1 − 2⁻⁵³, no sum exceeds u and the draw returns an index past the end.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  return () => {
    const u = rng();
    let lo = 0;
    let hi = cdf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
