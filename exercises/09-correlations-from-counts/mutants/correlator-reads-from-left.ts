// Mistake: the marginals are right, but the correlator reads qubits a and b as characters a and b from the left.
import { marginals, type Counts } from '../solution/correlations';
export { marginals };
export function zzCorrelator(counts: Counts, a: number, b: number): number {
  let s = 0;
  let total = 0;
  for (const [k, c] of Object.entries(counts)) {
    s += k[a] === k[b] ? c : -c;
    total += c;
  }
  return s / total;
}
