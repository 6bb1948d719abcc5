// Mistake: scans the probabilities from the start on every draw, so a draw costs as much as there are outcomes.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, sampleCounts } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  return () => {
    let u = rng();
    for (let k = 0; k < probs.length; k++) {
      u -= probs[k]!;
      if (u < 0) return k;
    }
    return probs.length - 1;
  };
}
