// Mistake: reads complex128 as 128 bits for each of the two parts, so 32 bytes per amplitude (and 16 for complex64).
import type { Precision } from '../solution/memory-wall';
const per = (p: Precision) => (p === 'complex64' ? 16 : 32);
export function stateBytes(n: number, precision: Precision): number {
  return 2 ** n * per(precision);
}
export function maxQubits(budget: number, precision: Precision): number {
  let n = -1;
  while (2 ** (n + 1) * per(precision) <= budget) n++;
  return n;
}
