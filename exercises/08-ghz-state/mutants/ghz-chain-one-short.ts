// Mistake: the CNOT chain stops one qubit early (q < n − 1), so the last qubit is never entangled: no Bell state at n = 2.
import { applyCnot } from '../solution/ghz-state';
import { applyH, zeroState } from '../gates';
export { applyCnot };
export function ghzState(n: number) {
  let state = applyH(zeroState(n), 0);
  for (let q = 1; q < n - 1; q++) state = applyCnot(state, q - 1, q);
  return state;
}
