// Mistake: scales the caller's probability array in place to save an allocation, so it holds n·p afterwards.
export { drawAlias } from '../solution/alias-table';
import { buildAlias as right } from '../solution/alias-table';
export function buildAlias(probs: number[]) {
  const n = probs.length;
  const tables = right(probs);
  for (let i = 0; i < n; i++) probs[i] = probs[i]! * n;
  return tables;
}
