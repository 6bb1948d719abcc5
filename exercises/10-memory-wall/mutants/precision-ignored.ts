// Mistake: always 16 bytes per amplitude, whatever the precision asked for.
import type { Precision } from '../solution/memory-wall';
export function stateBytes(n: number, _precision: Precision): number {
  return 2 ** n * 16;
}
export function maxQubits(budget: number, _precision: Precision): number {
  let n = -1;
  while (2 ** (n + 1) * 16 <= budget) n++;
  return n;
}
