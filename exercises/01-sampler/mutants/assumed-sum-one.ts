// Mistake: takes the total of the probabilities to be exactly 1 ("they sum to 1") instead of the sum it computed.
// When the real sum is 0.9999999999999999, a u near 1 lies past the last positive cumulative sum and the search ends
// on the last index, an outcome of probability 0 when the list ends in zeros.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  return () => {
    const u = rng() * 1;
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
