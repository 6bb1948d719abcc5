// Mistake: uses a·b with no conjugate. Right whenever a is real, so it survives the textbook states, but a global
// phase e^{iγ} then turns the vector by 2γ about the z axis.
import type { Complex } from '../solution/bloch-vector';
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const n = a.re ** 2 + a.im ** 2 + b.re ** 2 + b.im ** 2;
  if (n === 0) throw new Error('zero state');
  const re = a.re * b.re - a.im * b.im;
  const im = a.re * b.im + a.im * b.re;
  return [(2 * re) / n, (2 * im) / n, (a.re ** 2 + a.im ** 2 - b.re ** 2 - b.im ** 2) / n];
}
