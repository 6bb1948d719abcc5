/**
 * A circuit's fidelity budget: the chance of no error at all, from a machine's calibration data. Qubits are numbered
 * from 0.
 * Grade it with:  npm run grade -- 31
 */
export interface Calibration {
  /** Error of a one-qubit gate on qubit q. */
  oneQubit: number[];
  /** Error of a two-qubit gate on each calibrated pair (a gate on [b, a] uses the entry for [a, b]). */
  twoQubit: { pair: [number, number]; error: number }[];
  /** Readout error of qubit q. */
  readout: number[];
}
export interface Circuit {
  /** `count` gates on `qubits` (one qubit, or a calibrated pair). */
  ops: { qubits: number[]; count: number }[];
  /** Distinct qubits measured at the end. */
  measured: number[];
}

/** F = Π (1 − e) over every gate and every measured qubit, and ln F. */
export function circuitFidelity(calibration: Calibration, circuit: Circuit): { fidelity: number; logFidelity: number } {
  throw new Error('circuitFidelity is not written yet');
}
