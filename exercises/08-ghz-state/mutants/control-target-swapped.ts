// Mistake: uses `target` as the control and `control` as the target.
import { applyCnot as right, ghzState } from '../solution/ghz-state';
import type { State } from '../gates';
export { ghzState };
export function applyCnot(state: State, control: number, target: number) {
  return right(state, target, control);
}
