// Correct, another way: KL = H(p, q) − H(p), the cross entropy minus the entropy, each summed over the support of p.
export function klDivergence(p: number[], q: number[]): number {
  const sumP = p.reduce((s, v) => s + v, 0);
  const sumQ = q.reduce((s, v) => s + v, 0);
  const P = p.map((v) => v / sumP);
  const Q = q.map((v) => v / sumQ);
  const support = P.map((_, i) => i).filter((i) => P[i]! > 0);
  if (support.some((i) => Q[i] === 0)) return Infinity;
  const crossEntropy = -support.reduce((s, i) => s + P[i]! * Math.log(Q[i]!), 0);
  const entropy = -support.reduce((s, i) => s + P[i]! * Math.log(P[i]!), 0);
  return Math.max(0, crossEntropy - entropy);
}
