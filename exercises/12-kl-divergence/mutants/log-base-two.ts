// Mistake: uses the base-2 logarithm, so the answer is in bits (nats divided by ln 2).
export function klDivergence(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    if (pi === 0) continue;
    const qi = q[i]! / sq;
    if (qi === 0) return Infinity;
    kl += pi * Math.log2(pi / qi);
  }
  return Math.max(0, kl);
}
