// Correct, another way: exact integer arithmetic with BigInt, converted back to a number at the end (a power of two
// converts exactly).
import type { Precision } from '../solution/memory-wall';
const per = (p: Precision) => (p === 'complex64' ? 8n : 16n);

export function stateBytes(n: number, precision: Precision): number {
  return Number(per(precision) << BigInt(n));
}

export function maxQubits(budget: number, precision: Precision): number {
  const b = BigInt(budget);
  let n = -1;
  while ((per(precision) << BigInt(n + 1)) <= b) n++;
  return n;
}
