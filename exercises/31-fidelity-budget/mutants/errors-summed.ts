// Mistake: adds the error rates, F = 1 − Σ e, which is only the first-order term: fine for a few gates, negative for many.
import type { Calibration, Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  let total = 0;
  for (const op of circuit.ops) {
    const [a, b] = op.qubits;
    const e = op.qubits.length === 1 ? cal.oneQubit[a!]! : cal.twoQubit.find(({ pair }) => (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a))!.error;
    total += op.count * e;
  }
  for (const q of circuit.measured) total += cal.readout[q]!;
  return { fidelity: 1 - total, logFidelity: Math.log(1 - total) };
}
