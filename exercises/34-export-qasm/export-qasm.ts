/**
 * Write a circuit, given as data, out as an OpenQASM 2.0 program.
 * Qubit k is q[k] and is measured into c[k]; Qiskit prints c[0] as the rightmost character of a bitstring, so qubit 0
 * is the least significant bit, as everywhere in this course.
 * Grade it with:  npm run grade -- 34
 */
export type GateName = 'h' | 'x' | 'y' | 'z' | 's' | 'sdg' | 't' | 'tdg' | 'rx' | 'ry' | 'rz' | 'cx' | 'cz' | 'ccx';
export interface Gate {
  name: GateName;
  targets: number[];
  /** cx and cz have one control, ccx two; one-qubit gates none. */
  controls?: number[];
  /** rx, ry, rz: one angle in radians. */
  params?: number[];
}
export interface Circuit { qubits: number; gates: Gate[] }

/** The OpenQASM 2.0 text: header, registers q[n] and c[n], one statement per gate, then every q[k] measured into c[k]. */
export function toQasm(circuit: Circuit): string {
  // TODO: header lines, then controls-first operands, full-precision angles, and measure q[k] -> c[k].
  throw new Error('toQasm is not written yet');
}
