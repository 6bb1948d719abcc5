// Mistake: returns the raw inverse, negative entries and all.
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, applyReadoutError } from '../solution/noise';
export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  let p: Float64Array = Float64Array.from(measured);
  for (let q = 0; q < p01.length; q++) {
    const [a, b, c, d] = [1 - p01[q]!, p10[q]!, p01[q]!, 1 - p10[q]!];
    const det = a * d - b * c;
    const bit = 1 << q;
    const out = new Float64Array(p.length);
    for (let k = 0; k < p.length; k++) {
      const t = k & bit ? 1 : 0;
      out[k & ~bit]! += (t ? -b / det : d / det) * p[k]!;
      out[k | bit]! += (t ? a / det : -c / det) * p[k]!;
    }
    p = out;
  }
  return p;
}
