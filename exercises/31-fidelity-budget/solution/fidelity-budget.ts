export interface Calibration {
  oneQubit: number[];
  twoQubit: { pair: [number, number]; error: number }[];
  readout: number[];
}
export interface Circuit {
  ops: { qubits: number[]; count: number }[];
  measured: number[];
}

function gateError(calibration: Calibration, qubits: number[]): number {
  if (qubits.length === 1) return calibration.oneQubit[qubits[0]!]!;
  const [a, b] = qubits;
  const entry = calibration.twoQubit.find(({ pair }) => (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a));
  if (!entry) throw new Error(`no calibration for the pair [${a}, ${b}]`);
  return entry.error;
}

export function circuitFidelity(calibration: Calibration, circuit: Circuit): { fidelity: number; logFidelity: number } {
  let logFidelity = 0;
  for (const op of circuit.ops) if (op.count > 0) logFidelity += op.count * Math.log1p(-gateError(calibration, op.qubits));
  for (const q of circuit.measured) logFidelity += Math.log1p(-calibration.readout[q]!);
  return { fidelity: Math.exp(logFidelity), logFidelity };
}
