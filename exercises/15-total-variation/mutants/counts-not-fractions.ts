// Mistake: returns the counts themselves, not the fractions of the samples.
import { totalVariation, type Distribution } from '../solution/total-variation';
export { totalVariation };
export function empirical(samples: string[]): Distribution {
  const counts: Distribution = {};
  for (const s of samples) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}
