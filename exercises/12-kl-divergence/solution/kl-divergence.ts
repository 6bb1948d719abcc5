export function klDivergence(p: number[], q: number[]): number {
  const sumP = p.reduce((a, b) => a + b, 0);
  const sumQ = q.reduce((a, b) => a + b, 0);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sumP;
    if (pi === 0) continue;
    const qi = q[i]! / sumQ;
    if (qi === 0) return Infinity;
    kl += pi * Math.log(pi / qi);
  }
  // Rounding can leave −1e-17 for equal distributions; the divergence itself is never negative.
  return Math.max(0, kl);
}
