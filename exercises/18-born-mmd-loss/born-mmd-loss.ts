/**
 * The Born machine's loss: the exact squared MMD between the model's probabilities and the data distribution, with
 * the lesson's Gaussian-mixture kernel on Hamming distance.
 * Index x of a probability vector is the outcome whose bit k is qubit k (qubit 0 = rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 18
 */

/** Σ_x Σ_y (p − q)(x) K(x, y) (p − q)(y), K(x, y) = mean over σ of exp(−d(x, y) / (2σ)). */
export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  throw new Error('mmdLoss is not written yet');
}
