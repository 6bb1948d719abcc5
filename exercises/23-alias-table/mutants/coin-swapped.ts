// Mistake: reads the coin the wrong way round, returning the alias when u2 < prob[i].
export { buildAlias } from '../solution/alias-table';
import type { AliasTables } from '../solution/alias-table';
export function drawAlias(tables: AliasTables, u1: number, u2: number): number {
  const i = Math.floor(u1 * tables.prob.length);
  return u2 < tables.prob[i]! ? tables.alias[i]! : i;
}
