// Mistake: lines the two objects up by writing the missing keys (as 0) into the caller's p and q.
import { empirical, type Distribution } from '../solution/total-variation';
export { empirical };
export function totalVariation(p: Distribution, q: Distribution): number {
  for (const x of Object.keys(p)) q[x] ??= 0;
  for (const x of Object.keys(q)) p[x] ??= 0;
  let sum = 0;
  for (const x of Object.keys(p)) sum += Math.abs(p[x]! - q[x]!);
  return sum / 2;
}
