// Mistake: coverage = distinct samples / target size, counting distinct samples that are not in the target at all.
import { diversity as right } from '../solution/diversity';
export function diversity(samples: string[], target: string[]) {
  const r = right(samples, target);
  return { ...r, coverage: Math.min(1, r.distinct / target.length) };
}
