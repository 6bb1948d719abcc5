// Mistake: makes the inverse non-negative with |x| instead of clipping negatives to 0.
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, applyReadoutError } from '../solution/noise';
export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  let p = Float64Array.from(measured);
  for (let q = 0; q < p01.length; q++) {
    const [a, b, c, d] = [1 - p01[q]!, p10[q]!, p01[q]!, 1 - p10[q]!];
    const det = a * d - b * c;
    const out = new Float64Array(p.length);
    const bit = 1 << q;
    for (let k = 0; k < p.length; k++) {
      const r = k & bit ? 1 : 0;
      out[k & ~bit]! += (r ? -b : d) / det * p[k]!;
      out[k | bit]! += (r ? a : -c) / det * p[k]!;
    }
    p = out;
  }
  const abs = p.map(Math.abs);
  const total = abs.reduce((s, x) => s + x, 0);
  return abs.map((x) => x / total);
}
