export type GateName = 'h' | 'x' | 'y' | 'z' | 's' | 'sdg' | 't' | 'tdg' | 'rx' | 'ry' | 'rz' | 'cx' | 'cz' | 'ccx';
export interface Gate {
  name: GateName;
  targets: number[];
  controls?: number[];
  params?: number[];
}
export interface Circuit { qubits: number; gates: Gate[] }

export function toQasm(circuit: Circuit): string {
  const n = circuit.qubits;
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', `qreg q[${n}];`, `creg c[${n}];`];
  for (const g of circuit.gates) {
    const operands = [...(g.controls ?? []), ...g.targets].map((k) => `q[${k}]`).join(',');
    const angles = g.params?.length ? `(${g.params.map((x) => x.toPrecision(17)).join(',')})` : '';
    lines.push(`${g.name}${angles} ${operands};`);
  }
  for (let k = 0; k < n; k++) lines.push(`measure q[${k}] -> c[${k}];`);
  return `${lines.join('\n')}\n`;
}
