/**
 * The parameter-shift rule: the gradient of a circuit's energy from re-runs with one angle shifted by ±π/2.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 16
 */
import { expectation, type Circuit } from './circuit';

export type { Circuit };

/** ∂E/∂θ_k = ½ [E(θ + (π/2)e_k) − E(θ − (π/2)e_k)] for every k, E = expectation(circuit, ·). */
export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  throw new Error('parameterShift is not written yet');
}
