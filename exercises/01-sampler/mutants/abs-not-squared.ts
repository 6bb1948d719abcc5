// Mistake: uses |amplitude| instead of |amplitude|² for the probability.
export { createSampler, sampleCounts } from '../solution/sampler';
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  return Float64Array.from(re, (r, k) => Math.hypot(r, im[k]!));
}
