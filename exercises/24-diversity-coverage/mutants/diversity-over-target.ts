// Mistake: divides the distinct count by the size of the target instead of by the number of samples.
import { diversity as right } from '../solution/diversity';
export function diversity(samples: string[], target: string[]) {
  const r = right(samples, target);
  return { ...r, diversity: r.distinct / target.length };
}
