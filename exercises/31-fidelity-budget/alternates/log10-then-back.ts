// Correct, another way: accumulates log₁₀ F (as the lesson's island displays it) and converts to ln F and F at the end.
import type { Calibration, Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  let log10F = 0;
  for (const { qubits, count } of circuit.ops) {
    if (count === 0) continue;
    const e = qubits.length === 1
      ? cal.oneQubit[qubits[0]!]!
      : cal.twoQubit.filter(({ pair }) => pair.includes(qubits[0]!) && pair.includes(qubits[1]!))[0]!.error;
    log10F += count * Math.log10(1 - e);
  }
  log10F += circuit.measured.reduce((acc, q) => acc + Math.log10(1 - cal.readout[q]!), 0);
  return { fidelity: 10 ** log10F, logFidelity: log10F * Math.LN10 };
}
