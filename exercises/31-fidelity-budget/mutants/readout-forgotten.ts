// Mistake: multiplies the gate fidelities only and leaves out the readout of the measured qubits.
import { circuitFidelity as right, type Calibration, type Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  return right(cal, { ...circuit, measured: [] });
}
