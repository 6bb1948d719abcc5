/**
 * Helpers for exercise 08 (you do not need to edit this file): the all-zeros state and the Hadamard gate.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 */
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }

/** |0…0⟩ on n qubits: amplitude 1 at index 0. */
export function zeroState(n: number): { re: number[]; im: number[] } {
  const re = new Array<number>(2 ** n).fill(0);
  re[0] = 1;
  return { re, im: new Array<number>(2 ** n).fill(0) };
}

/** H on one qubit: each pair (i, i + 2^q) with bit q of i equal to 0 becomes ((a + b)/√2, (a − b)/√2). */
export function applyH(state: State, qubit: number): { re: number[]; im: number[] } {
  const re = Array.from(state.re);
  const im = Array.from(state.im);
  const bit = 2 ** qubit;
  for (let i = 0; i < re.length; i++) {
    if (Math.floor(i / bit) % 2 === 1) continue;
    const j = i + bit;
    [re[i], re[j]] = [(state.re[i]! + state.re[j]!) * Math.SQRT1_2, (state.re[i]! - state.re[j]!) * Math.SQRT1_2];
    [im[i], im[j]] = [(state.im[i]! + state.im[j]!) * Math.SQRT1_2, (state.im[i]! - state.im[j]!) * Math.SQRT1_2];
  }
  return { re, im };
}
