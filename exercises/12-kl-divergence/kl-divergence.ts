/**
 * The Kullback–Leibler divergence KL(p‖q) in nats, with the conventions for zero probabilities.
 * Index k of either array is the outcome whose bits are k's bits (qubit 0 is the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 12
 */

/**
 * KL(p‖q) = Σ p(x) ln(p(x)/q(x)) after dividing p and q by their own sums. Terms with p(x) = 0 count 0; if some
 * x has p(x) > 0 and q(x) = 0 the result is Infinity.
 */
export function klDivergence(p: number[], q: number[]): number {
  throw new Error('klDivergence is not written yet');
}
