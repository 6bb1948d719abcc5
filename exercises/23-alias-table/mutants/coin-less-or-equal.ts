// Mistake: keeps the column's own outcome when u2 ≤ prob[i]; at u2 = 0 a column with prob 0 gives its own,
// impossible, outcome.
export { buildAlias } from '../solution/alias-table';
import type { AliasTables } from '../solution/alias-table';
export function drawAlias(tables: AliasTables, u1: number, u2: number): number {
  const i = Math.floor(u1 * tables.prob.length);
  return u2 <= tables.prob[i]! ? i : tables.alias[i]!;
}
