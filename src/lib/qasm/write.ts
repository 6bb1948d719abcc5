import type { Circuit } from '../quantum';
import { formatAngle } from './angle';

/** OpenQASM 2 text for a circuit, one gate per line, on a single register q (qubit 0 = q[0]). */
export function toQasm(c: Circuit): string {
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', `qreg q[${c.numQubits}];`];
  for (const op of c.ops) {
    const params = op.params?.length ? `(${op.params.map(formatAngle).join(',')})` : '';
    lines.push(`${op.gate}${params} ${op.wires.map((w) => `q[${w}]`).join(',')};`);
  }
  return `${lines.join('\n')}\n`;
}
