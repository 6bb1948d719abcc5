/**
 * The CNOT gate on a state vector, and the GHZ state (|0…0⟩ + |1…1⟩)/√2 built with it.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 08
 */
import { applyH, zeroState, type State } from './gates';

/** Flips bit `target` of every basis state whose bit `control` is 1. Returns a new state. */
export function applyCnot(state: State, control: number, target: number): { re: number[]; im: number[] } {
  throw new Error('applyCnot is not written yet');
}

/** (|0…0⟩ + |1…1⟩)/√2 on n qubits, from zeroState(n) with applyH and applyCnot. */
export function ghzState(n: number): { re: number[]; im: number[] } {
  throw new Error('ghzState is not written yet');
}
