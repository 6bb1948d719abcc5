// Mistake: a gate occupies only its targets; the control of a CX (the second qubit of a two-qubit gate) is ignored.
import type { Circuit } from '../solution/circuit-depth';
import { circuitDepth as right } from '../solution/circuit-depth';
export function circuitDepth(circuit: Circuit) {
  const depth = right({ qubits: circuit.qubits, gates: circuit.gates.map((g) => ({ name: g.name, targets: g.targets })) }).depth;
  return { depth, twoQubitDepth: right(circuit).twoQubitDepth };
}
