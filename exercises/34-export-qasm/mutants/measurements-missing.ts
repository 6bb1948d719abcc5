// Mistake: declares the classical register but never measures into it.
import type { Circuit } from '../solution/export-qasm';
import { toQasm as right } from '../solution/export-qasm';
export function toQasm(circuit: Circuit): string {
  return right(circuit).split('\n').filter((line) => !line.startsWith('measure')).join('\n');
}
