// Mistake: counts every sample as a new one, so "distinct" is just N and diversity is always 1.
import type { Diversity } from '../solution/diversity';
import { diversity as right } from '../solution/diversity';
export function diversity(samples: string[], target: string[]): Diversity {
  const r = right(samples, target);
  return { ...r, distinct: samples.length, diversity: samples.length ? 1 : 0 };
}
