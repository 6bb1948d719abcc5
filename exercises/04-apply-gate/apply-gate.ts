/**
 * Apply a single-qubit gate to one qubit of a state vector.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 04
 */
export interface Complex { re: number; im: number }
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }
/** [[g00, g01], [g10, g11]]: row = output bit, column = input bit. */
export type Gate = [[Complex, Complex], [Complex, Complex]];

export function applyGate(state: State, gate: Gate, target: number): { re: number[]; im: number[] } {
  // TODO: pair each index i whose bit `target` is 0 with j = i | (1 << target), and mix the two amplitudes.
  throw new Error('applyGate is not written yet');
}
