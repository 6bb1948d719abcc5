// Correct, another way: tallies how many gates each calibrated element gets (a key per qubit or per unordered pair),
// then multiplies (1 − e)^count with Math.pow and sums count · ln(1 − e) for the log.
import type { Calibration, Circuit } from '../solution/fidelity-budget';
export function circuitFidelity(cal: Calibration, circuit: Circuit) {
  const tally = new Map<string, { error: number; count: number }>();
  const add = (key: string, error: number, count: number) => {
    const t = tally.get(key) ?? { error, count: 0 };
    t.count += count;
    tally.set(key, t);
  };
  for (const op of circuit.ops) {
    if (op.qubits.length === 1) add(`q${op.qubits[0]}`, cal.oneQubit[op.qubits[0]!]!, op.count);
    else {
      const [lo, hi] = [Math.min(op.qubits[0]!, op.qubits[1]!), Math.max(op.qubits[0]!, op.qubits[1]!)];
      const entry = cal.twoQubit.find((t) => Math.min(...t.pair) === lo && Math.max(...t.pair) === hi)!;
      add(`p${lo}-${hi}`, entry.error, op.count);
    }
  }
  for (const q of circuit.measured) add(`m${q}`, cal.readout[q]!, 1);
  let fidelity = 1;
  let logFidelity = 0;
  for (const { error, count } of tally.values()) {
    fidelity *= Math.pow(1 - error, count);
    logFidelity += count * Math.log(1 - error);
  }
  return { fidelity, logFidelity };
}
