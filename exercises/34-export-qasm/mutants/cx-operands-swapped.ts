// Mistake: writes the target before the control (cx q[target],q[control];), which reverses every CNOT.
import type { Circuit } from '../solution/export-qasm';
export function toQasm(circuit: Circuit): string {
  const n = circuit.qubits;
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', `qreg q[${n}];`, `creg c[${n}];`];
  for (const g of circuit.gates) {
    const angles = g.params?.length ? `(${g.params.map((x) => x.toPrecision(17)).join(',')})` : '';
    lines.push(`${g.name}${angles} ${[...g.targets, ...(g.controls ?? [])].map((k) => `q[${k}]`).join(',')};`);
  }
  for (let k = 0; k < n; k++) lines.push(`measure q[${k}] -> c[${k}];`);
  return lines.join('\n');
}
