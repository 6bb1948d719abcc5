// Mistake: always starts with CNOT 0 → 1, as if n were at least 2; for n = 1 that reads past the end of the state.
import { applyCnot } from '../solution/ghz-state';
import { applyH, zeroState } from '../gates';
export { applyCnot };
export function ghzState(n: number) {
  let state = applyCnot(applyH(zeroState(n), 0), 0, 1);
  for (let q = 2; q < n; q++) state = applyCnot(state, q - 1, q);
  return state;
}
