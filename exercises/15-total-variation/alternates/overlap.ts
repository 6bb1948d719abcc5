// Correct, another way: for two distributions that each sum to 1, ½ Σ |p − q| = 1 − Σ min(p, q), and the overlap
// Σ min(p, q) only needs the outcomes both give probability to. The empirical distribution is built with a Map.
import type { Distribution } from '../solution/total-variation';

export function empirical(samples: string[]): Distribution {
  const seen = new Map<string, number>();
  samples.forEach((s) => seen.set(s, (seen.get(s) ?? 0) + 1 / samples.length));
  return Object.fromEntries(seen);
}

export function totalVariation(p: Distribution, q: Distribution): number {
  let overlap = 0;
  for (const [x, px] of Object.entries(p)) if (x in q) overlap += Math.min(px, q[x]!);
  return Math.min(1, Math.max(0, 1 - overlap));
}
