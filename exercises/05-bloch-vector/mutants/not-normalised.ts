// Mistake: assumes |a|² + |b|² = 1 and never divides, so 2·|0⟩ gives z = 4.
import type { Complex } from '../solution/bloch-vector';
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  if (a.re === 0 && a.im === 0 && b.re === 0 && b.im === 0) throw new Error('zero state');
  const re = a.re * b.re + a.im * b.im;
  const im = a.re * b.im - a.im * b.re;
  return [2 * re, 2 * im, a.re ** 2 + a.im ** 2 - b.re ** 2 - b.im ** 2];
}
