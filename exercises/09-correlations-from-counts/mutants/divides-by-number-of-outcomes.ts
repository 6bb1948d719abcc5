// Mistake: averages over the distinct bitstrings seen instead of over shots, as if every outcome were equally likely.
import { zzCorrelator, type Counts } from '../solution/correlations';
export { zzCorrelator };
export function marginals(counts: Counts): number[] {
  const keys = Object.keys(counts);
  const n = keys[0]!.length;
  return Array.from({ length: n }, (_, q) => keys.filter((k) => k[n - 1 - q] === '1').length / keys.length);
}
