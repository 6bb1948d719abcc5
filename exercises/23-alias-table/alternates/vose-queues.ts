// Correct, another way: Vose's method with first-in-first-out work lists (index pointers into two typed arrays) and
// Float64Array tables, returned as plain arrays.
export interface AliasTables { prob: number[]; alias: number[] }

export function buildAlias(probs: number[]): AliasTables {
  const n = probs.length;
  const q = Float64Array.from(probs, (p) => p * n);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const small = new Int32Array(n);
  const large = new Int32Array(n);
  let sHead = 0, sTail = 0, lHead = 0, lTail = 0;
  for (let i = 0; i < n; i++) {
    if (q[i]! < 1) small[sTail++] = i;
    else large[lTail++] = i;
  }
  // Each list is at most n long in total over the run: a large index moves to small at most once.
  const smallQ = Array.from(small);
  while (sHead < sTail && lHead < lTail) {
    const s = smallQ[sHead++]!;
    const l = large[lHead]!;
    prob[s] = q[s]!;
    alias[s] = l;
    q[l] = q[l]! + q[s]! - 1;
    if (q[l]! < 1) {
      lHead++;
      smallQ[sTail++] = l;
    }
  }
  while (lHead < lTail) prob[large[lHead++]!] = 1;
  while (sHead < sTail) prob[smallQ[sHead++]!] = 1;
  return { prob: Array.from(prob), alias: Array.from(alias) };
}

export function drawAlias({ prob, alias }: AliasTables, u1: number, u2: number): number {
  const i = (u1 * prob.length) | 0;
  return prob[i]! > u2 ? i : alias[i]!;
}
