// Correct, another way: find the sphere angles first, θ = 2·atan2(|b|, |a|) and φ = arg b − arg a, then
// (sin θ cos φ, sin θ sin φ, cos θ). Rounding through atan2 and cos/sin stays far below 1e-12.
import type { Complex } from '../solution/bloch-vector';

export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const ra = Math.hypot(a.re, a.im);
  const rb = Math.hypot(b.re, b.im);
  if (ra === 0 && rb === 0) throw new Error('a = b = 0 is not a qubit state');
  const theta = 2 * Math.atan2(rb, ra);
  // At a pole one amplitude is 0 and its argument means nothing, but sin θ = 0 there, so φ drops out.
  const phi = Math.atan2(b.im, b.re) - Math.atan2(a.im, a.re);
  return [Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta)];
}
