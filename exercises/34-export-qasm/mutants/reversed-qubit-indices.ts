// Mistake: numbers the qubits from the other end (qubit k written as q[n−1−k]) to "put qubit 0 on the right".
import type { Circuit } from '../solution/export-qasm';
import { toQasm as right } from '../solution/export-qasm';
export function toQasm(circuit: Circuit): string {
  const n = circuit.qubits;
  const flip = (ks: number[] | undefined) => ks?.map((k) => n - 1 - k);
  return right({ qubits: n, gates: circuit.gates.map((g) => ({ ...g, targets: flip(g.targets)!, controls: flip(g.controls) })) });
}
