// Mistake: charges a two-qubit gate's error to each of its two qubits, so every such gate counts twice.
import { circuitFidelity as right, type Calibration, type Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  const ops = circuit.ops.map((op) => (op.qubits.length === 2 ? { ...op, count: 2 * op.count } : op));
  return right(cal, { ...circuit, ops });
}
