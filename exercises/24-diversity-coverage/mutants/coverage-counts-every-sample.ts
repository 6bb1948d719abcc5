// Mistake: counts the samples that fall in the target, duplicates and all, so coverage can pass 1.
import { diversity as right } from '../solution/diversity';
export function diversity(samples: string[], target: string[]) {
  const r = right(samples, target);
  const inTarget = samples.filter((s) => target.includes(s)).length;
  return { ...r, coverage: inTarget / target.length };
}
