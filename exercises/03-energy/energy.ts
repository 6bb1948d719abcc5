/**
 * Exercise 03: compare energy estimates.
 *
 * The transverse-field Ising chain H = −J Σ Z_i Z_{i+1} − h Σ X_i (see ./tools.ts for bonds, sampling and the
 * Hadamard layer). A quantum computer cannot read ⟨ψ|H|ψ⟩ off its state: it estimates it from shots, one group of
 * commuting terms at a time. The ZZ terms are measured in the Z basis; the X terms after a Hadamard on every qubit.
 *
 * Conventions: qubit 0 is the least significant bit of a basis index. Energies in units of J; times in seconds,
 * power in watts, energy in joules.
 *
 * Grade your work with:  npm run grade -- 03
 */
import { bonds, hadamardAll, probabilitiesOf, sampleOutcomes, zSign, type Ising, type Rng } from './tools';

export type { Ising, Rng };

/** The exact energy ⟨ψ|H|ψ⟩ of a normalised state. */
export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): number {
  // TODO: ⟨Z_i Z_j⟩ from the Z-basis probabilities; ⟨X_i⟩ from the probabilities after hadamardAll.
  void bonds; void hadamardAll; void probabilitiesOf; void zSign;
  throw new Error('exactEnergy is not written yet');
}

/**
 * Standard deviation of ONE shot's value of each group: σ_zz for −J Σ Z_i Z_{i+1} measured in the Z basis, and
 * σ_x for −h Σ X_i measured in the X basis.
 */
export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): { zz: number; x: number } {
  // TODO
  throw new Error('groupStdDevs is not written yet');
}

export interface EstimateOptions {
  /** Probability that each read-out bit is flipped (simulated readout noise); default 0. */
  readoutFlip?: number;
  /** Undo the readout bias: divide ⟨ZZ⟩ terms by (1 − 2q)² and ⟨X⟩ terms by (1 − 2q). */
  mitigate?: boolean;
}

/**
 * Estimates ⟨H⟩ from shots.zz shots in the Z basis and shots.x shots in the X basis (use sampleOutcomes with `rng`
 * and the readoutFlip option). Returns the estimate and its standard error (the standard deviation of the estimate,
 * not of one shot, and not a variance).
 */
export function estimateEnergy(
  re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {},
): { mean: number; stdError: number } {
  // TODO
  void sampleOutcomes;
  throw new Error('estimateEnergy is not written yet');
}

/**
 * Shots for a target standard error ε with the best split between the two groups: N_g ∝ σ_g, which gives
 * N_total = (σ_zz + σ_x)² / ε². Round each group up to a whole number.
 */
export function shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number): { zz: number; x: number; total: number } {
  // TODO
  throw new Error('shotsForPrecision is not written yet');
}

/** Assumed and measured figures for the cost comparison. Every assumption is labelled as one in the README. */
export interface CostInputs {
  /** Shots the quantum computer must run. */
  shots: number;
  /** Shots per second the device delivers (e.g. IBM's default 250 µs repetition delay: at most 4,000 per second). */
  shotsPerSecond: number;
  /** Wall-plug power of the quantum computer, in watts (an assumption: no vendor publishes it). */
  qpuWatts: number;
  /** Measured time of the classical computation on your machine, in seconds. */
  classicalSeconds: number;
  /** Power of your machine while computing, in watts (an assumption). */
  classicalWatts: number;
}

/** Time and energy of both routes, and how many times more energy the quantum route uses. */
export function costToPrecision(c: CostInputs): { quantumSeconds: number; quantumJoules: number; classicalJoules: number; ratio: number } {
  // TODO
  throw new Error('costToPrecision is not written yet');
}
