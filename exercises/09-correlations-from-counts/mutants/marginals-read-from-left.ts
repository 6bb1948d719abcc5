// Mistake: takes qubit q to be character q from the left, so the marginals come out in reverse order.
import { zzCorrelator, type Counts } from '../solution/correlations';
export { zzCorrelator };
export function marginals(counts: Counts): number[] {
  const n = Object.keys(counts)[0]!.length;
  const total = Object.values(counts).reduce((s, c) => s + c, 0);
  return Array.from({ length: n }, (_, q) => Object.entries(counts).reduce((s, [k, c]) => s + (k[q] === '1' ? c : 0), 0) / total);
}
