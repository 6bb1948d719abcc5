/**
 * Exercise 02: add noise, then undo some of it.
 *
 * Noise channels are written in Kraus form: ρ → Σ_k K_k ρ K_k†, with Σ_k K_k† K_k = I. You return the Kraus
 * matrices; ./density.ts applies them (applyKraus) and runs gates (applyGate).
 *
 * Conventions (read the README: the depolarizing one is a classic trap):
 * - Depolarizing uses PennyLane's p: K0 = √(1−p)·I, K1,2,3 = √(p/3)·X, Y, Z. Qiskit's depolarizing_error takes
 *   λ in E(ρ) = (1−λ)ρ + λ·I/2 instead; for one qubit λ = 4p/3.
 * - Readout error: p01[q] = P(read 1 | qubit q was 0), p10[q] = P(read 0 | qubit q was 1), independent per qubit.
 * - Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 *
 * Grade your work with:  npm run grade -- 02
 */
import { applyGate, applyKraus, gateQubits, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from './density';

export type { DensityMatrix, Gate, Mat2 };

/** Bit flip with probability p: K0 = √(1−p)·I, K1 = √p·X. */
export function bitFlipKraus(p: number): Mat2[] {
  // TODO
  throw new Error('bitFlipKraus is not written yet');
}

/** Depolarizing with PennyLane's p (see the convention above). */
export function depolarizingKraus(p: number): Mat2[] {
  // TODO
  throw new Error('depolarizingKraus is not written yet');
}

/** Converts Qiskit's single-qubit depolarizing parameter λ to PennyLane's p. */
export function qiskitLambdaToP(lambda: number): number {
  // TODO
  throw new Error('qiskitLambdaToP is not written yet');
}

/** Amplitude damping (energy loss, T1) with probability γ: K0 = [[1,0],[0,√(1−γ)]], K1 = [[0,√γ],[0,0]]. */
export function amplitudeDampingKraus(gamma: number): Mat2[] {
  // TODO
  throw new Error('amplitudeDampingKraus is not written yet');
}

/**
 * Runs the gates on n qubits starting from |0…0⟩, applying `channel` to every qubit a gate touched, after
 * every gate (real hardware is noisy all the time, not once at the end).
 */
export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  // TODO: start from zeroDensity(n); after each applyGate, applyKraus on each of gateQubits(gate).
  void applyGate; void applyKraus; void gateQubits; void zeroDensity;
  throw new Error('runNoisy is not written yet');
}

/**
 * Readout error on a probability vector over 2^n outcomes (n = p01.length): each qubit's reported bit flips
 * independently, 0→1 with probability p01[q] and 1→0 with probability p10[q]. Returns the probabilities of what
 * is read out.
 */
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  // TODO
  throw new Error('applyReadoutError is not written yet');
}

/**
 * Readout-error mitigation: undo applyReadoutError by inverting each qubit's 2x2 confusion matrix. Measured
 * frequencies carry shot noise, so the inverse can go slightly negative: clip negatives to 0 and renormalise so the
 * result is a probability distribution.
 */
export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  // TODO
  throw new Error('mitigateReadout is not written yet');
}
