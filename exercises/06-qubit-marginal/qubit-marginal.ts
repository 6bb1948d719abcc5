/**
 * One qubit's probability of reading 1 from an n-qubit state vector, and a basis index as a bitstring.
 * Qubit 0 is the least significant bit of an index (the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 06
 */
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }

/** P(qubit k reads 1): the sum of |amplitude|² over every index whose bit k is 1. */
export function probabilityOfOne(state: State, k: number): number {
  throw new Error('probabilityOfOne is not written yet');
}

/** The index as n characters, qubit 0 rightmost, leading zeros kept: bitstring(1, 3) = "001". */
export function bitstring(index: number, n: number): string {
  throw new Error('bitstring is not written yet');
}
