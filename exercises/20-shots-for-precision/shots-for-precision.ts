/**
 * How many shots a ±1-valued measurement needs before the standard error of its mean is at most eps.
 * Grade it with:  npm run grade -- 20
 */

/**
 * The smallest whole number of shots N ≥ 1 with √((1 − mean²)/N) ≤ eps.
 * @param mean the expectation ⟨Z⟩, in [−1, 1]
 * @param eps the target standard error, > 0
 */
export function shotsForPrecision(mean: number, eps: number): number {
  throw new Error('shotsForPrecision is not written yet');
}
