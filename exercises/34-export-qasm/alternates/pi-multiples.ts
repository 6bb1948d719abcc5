// Correct, another way: angles as multiples of pi (rz(pi*0.25) …), operands built per gate kind, and one broadcast
// measurement statement for the whole register.
import type { Circuit, Gate } from '../solution/export-qasm';

const operands = (g: Gate): number[] => (g.name === 'cx' || g.name === 'cz' || g.name === 'ccx' ? [...g.controls!, g.targets[0]!] : [g.targets[0]!]);

export function toQasm(circuit: Circuit): string {
  let out = `OPENQASM 2.0;\ninclude "qelib1.inc";\n\nqreg q[${circuit.qubits}];\ncreg c[${circuit.qubits}];\n\n`;
  for (const g of circuit.gates) {
    const p = g.params ? `(${g.params.map((x) => `pi*${x / Math.PI}`).join(', ')})` : '';
    out += `${g.name}${p} ${operands(g).map((k) => `q[${k}]`).join(', ')};  // ${g.name}\n`;
  }
  return `${out}barrier q;\nmeasure q -> c;\n`;
}
