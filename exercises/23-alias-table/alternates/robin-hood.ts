// Correct, another way: Walker's original O(n²) set-up, which each round fills the poorest unfinished column from the
// richest; the draw splits one scaled uniform into column and coin order the other way round (same rule).
export interface AliasTables { prob: number[]; alias: number[] }

export function buildAlias(probs: number[]): AliasTables {
  const n = probs.length;
  const q = probs.map((p) => p * n);
  const done = new Array<boolean>(n).fill(false);
  const prob = new Array<number>(n).fill(1);
  const alias = new Array<number>(n).fill(0);
  for (let round = 0; round < n; round++) {
    let poor = -1;
    let rich = -1;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      if (poor < 0 || q[i]! < q[poor]!) poor = i;
      if (rich < 0 || q[i]! > q[rich]!) rich = i;
    }
    done[poor] = true;
    if (poor === rich || q[poor]! >= 1) {
      prob[poor] = 1;
      alias[poor] = poor;
      continue;
    }
    prob[poor] = q[poor]!;
    alias[poor] = rich;
    q[rich] = q[rich]! - (1 - q[poor]!);
  }
  return { prob, alias };
}

export function drawAlias(tables: AliasTables, u1: number, u2: number): number {
  const n = tables.prob.length;
  const column = Math.min(n - 1, Math.trunc(u1 * n));
  if (u2 >= tables.prob[column]!) return tables.alias[column]!;
  return column;
}
