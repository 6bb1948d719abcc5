// Mistake: loops over the keys of p only, so outcomes that only q gives probability to are never counted.
import { empirical, type Distribution } from '../solution/total-variation';
export { empirical };
export function totalVariation(p: Distribution, q: Distribution): number {
  let sum = 0;
  for (const x of Object.keys(p)) sum += Math.abs(p[x]! - (q[x] ?? 0));
  return sum / 2;
}
