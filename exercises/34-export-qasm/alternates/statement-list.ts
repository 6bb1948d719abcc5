// Correct, another way: collects statements without semicolons, writes angles with String() (the shortest text that
// reads back as the same double) and measures each qubit in its own statement, all on one line.
import type { Circuit } from '../solution/export-qasm';

export function toQasm({ qubits, gates }: Circuit): string {
  const stmts: string[] = ['OPENQASM 2.0', 'include "qelib1.inc"', `qreg q[${qubits}]`, `creg c[${qubits}]`];
  gates.forEach(({ name, params, controls = [], targets }) => {
    const head = params && params.length > 0 ? `${name}(${params.map(String).join(',')})` : name;
    stmts.push(`${head} ${controls.concat(targets).map((k) => 'q[' + k + ']').join(',')}`);
  });
  for (let k = qubits - 1; k >= 0; k--) stmts.push(`measure q[${k}]->c[${k}]`);
  return stmts.map((s) => s + ';').join(' ');
}
