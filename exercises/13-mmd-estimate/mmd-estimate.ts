/**
 * The lesson's mixture kernel on Hamming distance, and the unbiased sample estimate of MMD².
 * Samples are outcome indices; bit q is pixel (qubit) q, qubit 0 the rightmost character of a bitstring.
 * Grade it with:  npm run grade -- 13
 */

/** K(x, y) = (1/c) Σ exp(−d(x, y) / (2σ)) over the c bandwidths σ, d = number of differing bits. */
export function kernel(x: number, y: number, sigmas: number[]): number {
  throw new Error('kernel is not written yet');
}

/**
 * Unbiased MMD²: mean K over pairs i ≠ j within xs, plus the same within ys, minus twice the mean K over all pairs
 * (xs[i], ys[j]). May be negative.
 */
export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  throw new Error('mmdEstimate is not written yet');
}
