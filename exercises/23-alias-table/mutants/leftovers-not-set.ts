// Mistake: stops when a list runs empty without setting prob = 1 for the indices still waiting, so they keep the
// initial 0 and their whole column goes to outcome 0.
export { drawAlias } from '../solution/alias-table';
export function buildAlias(probs: number[]) {
  const n = probs.length;
  const scaled = probs.map((p) => p * n);
  const prob = new Array<number>(n).fill(0);
  const alias = new Array<number>(n).fill(0);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((q, i) => (q < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! - (1 - scaled[s]!);
    (scaled[l]! < 1 ? small : large).push(l);
  }
  return { prob, alias };
}
