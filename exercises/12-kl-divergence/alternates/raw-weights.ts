// Correct, another way: works on the raw weights. With P = Σ p and Q = Σ q,
// Σ (p/P) ln((p/P)/(q/Q)) = (1/P) Σ p ln(p/q) + ln(Q/P), so nothing needs dividing before the logarithms.
export function klDivergence(p: number[], q: number[]): number {
  let P = 0;
  let Q = 0;
  for (const v of p) P += v;
  for (const v of q) Q += v;
  let s = 0;
  for (const [i, w] of p.entries()) {
    if (w > 0 && q[i] === 0) return Infinity;
    if (w > 0) s += w * Math.log(w / q[i]!);
  }
  return Math.max(0, s / P + Math.log(Q / P));
}
