// Mistake: divides by the norm √(|a|² + |b|²) instead of its square, as if normalising the amplitudes themselves.
import { blochVector as right, type Complex } from '../solution/bloch-vector';
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const norm = Math.hypot(a.re, a.im, b.re, b.im);
  return right(a, b).map((v) => v * norm) as [number, number, number];
}
