// Mistake: computes ⟨Z_a⟩·⟨Z_b⟩ from the marginals, which assumes the qubits are independent: 0 for a Bell state.
import { marginals, type Counts } from '../solution/correlations';
export { marginals };
export function zzCorrelator(counts: Counts, a: number, b: number): number {
  const p = marginals(counts);
  return (1 - 2 * p[a]!) * (1 - 2 * p[b]!);
}
