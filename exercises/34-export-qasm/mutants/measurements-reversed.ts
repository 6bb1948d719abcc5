// Mistake: measures q[k] into c[n−1−k] to make qubit 0 the leftmost character, reversing every result bitstring.
import type { Circuit } from '../solution/export-qasm';
import { toQasm as right } from '../solution/export-qasm';
export function toQasm(circuit: Circuit): string {
  const n = circuit.qubits;
  return right(circuit).replace(/measure q\[(\d+)\] -> c\[\d+\];/g, (_all, k: string) => `measure q[${k}] -> c[${n - 1 - Number(k)}];`);
}
