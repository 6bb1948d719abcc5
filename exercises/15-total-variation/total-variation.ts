/**
 * The empirical distribution of sampled bitstrings, and the total-variation distance between two distributions.
 * Bitstrings are used as keys exactly as given (qubit 0 is the rightmost character).
 * Grade it with:  npm run grade -- 15
 */

/** Bitstring → probability; a missing bitstring has probability 0. */
export type Distribution = Record<string, number>;

/** Each bitstring that occurs in samples, mapped to the fraction of samples that are it. */
export function empirical(samples: string[]): Distribution {
  throw new Error('empirical is not written yet');
}

/** ½ Σ |p(x) − q(x)| over every bitstring in p or q. */
export function totalVariation(p: Distribution, q: Distribution): number {
  throw new Error('totalVariation is not written yet');
}
