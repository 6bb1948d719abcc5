// Correct, another way: adds |p − q| over p's keys, then adds q(x) for the keys only q has (there p(x) = 0).
import type { Distribution } from '../solution/total-variation';

export function empirical(samples: string[]): Distribution {
  const out: Distribution = {};
  const sorted = [...samples].sort();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    out[sorted[i]!] = (j - i) / samples.length;
    i = j;
  }
  return out;
}

export function totalVariation(p: Distribution, q: Distribution): number {
  let sum = 0;
  for (const x in p) sum += Math.abs(p[x]! - (q[x] ?? 0));
  for (const x in q) if (!(x in p)) sum += q[x]!;
  return 0.5 * sum;
}
