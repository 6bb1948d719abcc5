/**
 * Central finite differences: a circuit's gradient from E(θ ± h) with one angle at a time stepped by h.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 * Grade it with:  npm run grade -- 17
 */
import { expectation, type Circuit } from './circuit';

export type { Circuit };

/** ∂E/∂θ_k ≈ [E(θ + h·e_k) − E(θ − h·e_k)] / (2h) for every k, E = expectation(circuit, ·). */
export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  throw new Error('centralDifference is not written yet');
}
