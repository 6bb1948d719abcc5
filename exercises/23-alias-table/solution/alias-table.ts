export interface AliasTables { prob: number[]; alias: number[] }

export function buildAlias(probs: number[]): AliasTables {
  const n = probs.length;
  const scaled = probs.map((p) => p * n);
  const prob = new Array<number>(n).fill(0);
  const alias = Array.from({ length: n }, (_, i) => i);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((q, i) => (q < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! - (1 - scaled[s]!);
    (scaled[l]! < 1 ? small : large).push(l);
  }
  // Whatever is left holds 1 up to rounding, on either list.
  for (const i of [...large, ...small]) prob[i] = 1;
  return { prob, alias };
}

export function drawAlias(tables: AliasTables, u1: number, u2: number): number {
  const column = Math.floor(u1 * tables.prob.length);
  return u2 < tables.prob[column]! ? column : tables.alias[column]!;
}
