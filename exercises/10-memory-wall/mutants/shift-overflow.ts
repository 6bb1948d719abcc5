// Mistake: 1 << n for 2^n. JavaScript shifts are 32-bit, so 1 << 31 is negative and 1 << 32 is 1.
import { maxQubits, type Precision } from '../solution/memory-wall';
export { maxQubits };
export function stateBytes(n: number, precision: Precision): number {
  return (1 << n) * (precision === 'complex64' ? 8 : 16);
}
