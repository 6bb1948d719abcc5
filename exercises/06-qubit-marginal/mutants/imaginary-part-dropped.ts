// Mistake: squares only the real part of each amplitude, so any state with complex amplitudes loses probability.
import { bitstring, type State } from '../solution/qubit-marginal';
export { bitstring };
export function probabilityOfOne(state: State, k: number): number {
  let total = 0;
  for (let i = 0; i < state.re.length; i++) if ((i >> k) & 1) total += state.re[i]! ** 2;
  return total;
}
