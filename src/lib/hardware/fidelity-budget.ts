/**
 * How gate errors compound. If every gate fails independently with its error rate, the chance that a run has no error
 * at all is the product of the gate fidelities,
 *   F ≈ (1 − e₁)^{N₁} · (1 − e₂)^{N₂} · (1 − e_m)^{n},
 * for N₁ one-qubit gates, N₂ two-qubit gates and n measured qubits. It is the standard back-of-envelope estimate
 * (the "predicted fidelity" of Google's 2019 experiment is such a product): it ignores errors that cancel and coherent
 * errors that add up faster, so treat it as an order of magnitude. Computed in log space, since N can be millions.
 */
import type { Machine } from './machines';

export interface GateCounts {
  oneQubit: number;
  twoQubit: number;
  measured: number;
}

type Errors = Pick<Machine, 'error1q' | 'error2q' | 'errorReadout'>;

function checkCounts(c: GateCounts): void {
  for (const [k, v] of Object.entries(c)) if (!(Number.isInteger(v) && v >= 0)) throw new RangeError(`${k} must be a whole number ≥ 0; got ${v}.`);
}

/** ln F, so that huge circuits do not underflow to 0 before they are displayed as 10^−x. */
export function logFidelity(c: GateCounts, e: Errors): number {
  checkCounts(c);
  return c.oneQubit * Math.log1p(-e.error1q) + c.twoQubit * Math.log1p(-e.error2q) + c.measured * Math.log1p(-e.errorReadout);
}

export function circuitFidelity(c: GateCounts, e: Errors): number {
  return Math.exp(logFidelity(c, e));
}

/** log10 F, for display as "10^x" when F is tiny. */
export const log10Fidelity = (c: GateCounts, e: Errors): number => logFidelity(c, e) / Math.LN10;

/**
 * How many layers of a circuit (each layer adding `perLayer` gates) fit before F falls below `target`, with the
 * measurement counted once. 0 if even the measurement alone misses the target.
 */
export function maxLayers(perLayer: Omit<GateCounts, 'measured'>, measured: number, e: Errors, target: number): number {
  if (!(target > 0 && target < 1)) throw new RangeError(`The target fidelity must be between 0 and 1; got ${target}.`);
  // ln F_measure − ln target: how much log-fidelity the layers may spend.
  const budget = logFidelity({ oneQubit: 0, twoQubit: 0, measured }, e) - Math.log(target);
  if (budget < 0) return 0;
  const perLayerLog = -logFidelity({ ...perLayer, measured: 0 }, e);
  if (perLayerLog === 0) return Infinity;
  return Math.floor(budget / perLayerLog);
}

/**
 * Gate counts of Liu & Wang's Born machine with a tree entangler: (3d + 1)·n rotations and d·(n − 1) CNOTs,
 * every qubit measured.
 */
export function bornMachineCounts(qubits: number, depth: number): GateCounts {
  if (!Number.isInteger(qubits) || qubits < 1 || !Number.isInteger(depth) || depth < 0) throw new RangeError('Qubits must be ≥ 1 and depth ≥ 0, whole numbers.');
  return { oneQubit: (3 * depth + 1) * qubits, twoQubit: depth * (qubits - 1), measured: qubits };
}

/**
 * Shots needed to estimate a quantity to a given precision once the signal has been damped by F: under a simple
 * global-depolarizing picture, error mitigation rescales by 1/F, so its variance grows by 1/F².
 */
export const mitigationShotFactor = (fidelity: number): number => 1 / (fidelity * fidelity);
