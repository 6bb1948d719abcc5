// Correct, differently: Kahan-summed cumulative sums in a plain array, u = rng() not scaled by the total, and a u at or
// past the last positive sum sent to the last outcome of positive probability; plain-array probabilities.
export type Rng = () => number;
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < re.length; k++) { const a = re[k]!, b = im[k]!; out.push(a * a + b * b); }
  return out;
}
// Kahan-summed cumulative sums in a plain array; u = rng() unscaled, so a u past the last sum is sent to the last
// outcome with positive probability.
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf: number[] = [];
  let s = 0, c = 0, lastPos = 0;
  for (let k = 0; k < probs.length; k++) {
    const y = probs[k]! - c; const t = s + y; c = (t - s) - y; s = t; cdf.push(s);
    if (probs[k]! > 0) lastPos = k;
  }
  return () => {
    const u = rng();
    if (u >= cdf[lastPos]!) return lastPos;
    let lo = -1, hi = lastPos; // invariant: cdf[lo] <= u < cdf[hi]
    while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (cdf[mid]! > u) hi = mid; else lo = mid; }
    return hi;
  };
}
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const width = (re.length - 1).toString(2).length;
  const draw = createSampler(bornProbabilities(re, im), rng);
  const out: Record<string, number> = Object.create(null);
  for (let i = 0; i < shots; i++) { const key = draw().toString(2).padStart(width, '0'); out[key] = (out[key] || 0) + 1; }
  return { ...out };
}
