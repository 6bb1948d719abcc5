// Mistake: compares each probability with 1/n but never scales it by n, so prob[i] holds p[i] where it should hold
// n·p[i] (the uniform distribution still comes out right).
export { drawAlias } from '../solution/alias-table';
export function buildAlias(probs: number[]) {
  const n = probs.length;
  const q = [...probs];
  const prob = new Array<number>(n).fill(0);
  const alias = Array.from({ length: n }, (_, i) => i);
  const small: number[] = [];
  const large: number[] = [];
  q.forEach((p, i) => (p < 1 / n ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = q[s]!;
    alias[s] = l;
    q[l] = q[l]! - (1 / n - q[s]!);
    (q[l]! < 1 / n ? small : large).push(l);
  }
  for (const i of [...large, ...small]) prob[i] = 1;
  return { prob, alias };
}
