// Mistake: looks the pair up only in the order the gate lists it; a gate on [1, 0] misses the entry for [0, 1] and
// is taken as error-free.
import type { Calibration, Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  let log = 0;
  for (const op of circuit.ops) {
    const e = op.qubits.length === 1 ? cal.oneQubit[op.qubits[0]!]! : cal.twoQubit.find(({ pair }) => pair[0] === op.qubits[0] && pair[1] === op.qubits[1])?.error ?? 0;
    log += op.count * Math.log1p(-e);
  }
  for (const q of circuit.measured) log += Math.log1p(-cal.readout[q]!);
  return { fidelity: Math.exp(log), logFidelity: log };
}
