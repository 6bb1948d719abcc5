// Mistake: saves a copy when handed a Float64Array and applies the confusion matrices in place, so a caller who
// passes typed-array probabilities gets them overwritten with the noisy ones (plain arrays are still copied).
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, mitigateReadout } from '../solution/noise';
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  const v = probs instanceof Float64Array ? probs : Float64Array.from(probs);
  for (let q = 0; q < p01.length; q++) {
    const bit = 1 << q;
    for (let k = 0; k < v.length; k++) {
      if (k & bit) continue;
      const a = v[k]!;
      const b = v[k | bit]!;
      v[k] = (1 - p01[q]!) * a + p10[q]! * b;
      v[k | bit] = p01[q]! * a + (1 - p10[q]!) * b;
    }
  }
  return Float64Array.from(v);
}
