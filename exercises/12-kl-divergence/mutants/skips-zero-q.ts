// Mistake: guards against dividing by zero by skipping outcomes with q = 0, which hides an infinite divergence.
export function klDivergence(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0 || q[i] === 0) continue;
    kl += (p[i]! / sp) * Math.log(p[i]! / sp / (q[i]! / sq));
  }
  return Math.max(0, kl);
}
