// Correct, another way: divide the budget by the bytes per amplitude, then halve it until it drops below 2, counting
// the halvings. Dividing a double by a power of two is exact, so no rounding creeps in.
import type { Precision } from '../solution/memory-wall';

export function stateBytes(n: number, precision: Precision): number {
  let bytes = precision === 'complex64' ? 8 : 16;
  for (let q = 0; q < n; q++) bytes *= 2;
  return bytes;
}

export function maxQubits(budget: number, precision: Precision): number {
  let amplitudes = budget / (precision === 'complex64' ? 8 : 16);
  if (amplitudes < 1) return -1;
  let n = 0;
  while (amplitudes >= 2) {
    amplitudes /= 2;
    n++;
  }
  return n;
}
