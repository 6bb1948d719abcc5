// Mistake: prints angles with toFixed(4), so 1/3 becomes 0.3333 and 1e-7 becomes 0.0000.
import type { Circuit } from '../solution/export-qasm';
export function toQasm(circuit: Circuit): string {
  const n = circuit.qubits;
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', `qreg q[${n}];`, `creg c[${n}];`];
  for (const g of circuit.gates) {
    const angles = g.params?.length ? `(${g.params.map((x) => x.toFixed(4)).join(',')})` : '';
    lines.push(`${g.name}${angles} ${[...(g.controls ?? []), ...g.targets].map((k) => `q[${k}]`).join(',')};`);
  }
  lines.push('measure q -> c;');
  return lines.join('\n');
}
