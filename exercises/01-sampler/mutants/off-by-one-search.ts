// Mistake: the binary search stops one short, so the last outcome is never drawn and its mass goes to its neighbour.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf: number[] = [];
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf.push((acc += probs[k]!));
  return () => {
    const u = rng() * acc;
    let lo = 0;
    let hi = cdf.length - 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
