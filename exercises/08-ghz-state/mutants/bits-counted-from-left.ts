// Mistake: counts qubits from the left of the bitstring, so qubit q is bit n−1−q of the index.
import { applyCnot as right, ghzState } from '../solution/ghz-state';
import type { State } from '../gates';
export { ghzState };
export function applyCnot(state: State, control: number, target: number) {
  const n = Math.log2(state.re.length);
  return right(state, n - 1 - control, n - 1 - target);
}
