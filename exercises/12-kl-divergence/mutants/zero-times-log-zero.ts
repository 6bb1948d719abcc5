// Mistake: sums p·ln(p/q) over every outcome, so an outcome with p = 0 adds 0 · ln 0 = 0 · (−∞) = NaN.
export function klDivergence(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let kl = 0;
  for (let i = 0; i < p.length; i++) kl += (p[i]! / sp) * Math.log(p[i]! / sp / (q[i]! / sq));
  return kl;
}
