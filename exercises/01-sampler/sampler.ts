/**
 * Exercise 01: build a sampler.
 *
 * A quantum circuit ends in a state vector: 2^n complex amplitudes, amplitude k = re[k] + i·im[k]. Measuring every
 * qubit gives basis state k with probability |amplitude k|² (the Born rule). One measurement is one sample.
 *
 * Conventions: qubit 0 is the least significant bit of k and the RIGHTMOST character of a bitstring, as in Qiskit.
 * With 3 qubits, k = 1 is written "001" (only qubit 0 is 1) and k = 4 is "100".
 *
 * Grade your work with:  npm run grade -- 01
 */

/** A seeded source of uniform numbers in [0, 1). Use only the one you are given: never Math.random. */
export type Rng = () => number;

/** Born-rule probabilities: entry k is re[k]² + im[k]². */
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  // TODO: return a Float64Array of the same length with the probability of each basis state.
  throw new Error('bornProbabilities is not written yet');
}

/**
 * Prepares a sampler for the given probabilities (they sum to 1) and returns a function that draws one basis index
 * per call, using only `rng`. Do the heavy work here, once; each draw must stay cheap as the number of outcomes grows
 * (an inverse-CDF lookup with binary search, or the alias method).
 */
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  // TODO: build what you need from probs, then return a function that draws one index.
  throw new Error('createSampler is not written yet');
}

/**
 * Measures the state `shots` times and counts the outcomes, keyed by bitstring (qubit 0 rightmost, fixed width of
 * numQubits characters). Outcomes never drawn may be left out. Draws are independent: with replacement.
 */
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  // TODO: use bornProbabilities and createSampler, and write each index as a bitstring.
  throw new Error('sampleCounts is not written yet');
}
