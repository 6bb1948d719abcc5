// Mistake: writes the new amplitudes into the input arrays (and returns them), so the caller's state is lost.
import { applyGate as right, type Gate, type State } from '../solution/apply-gate';
export function applyGate(state: State, gate: Gate, target: number) {
  const out = right(state, gate, target);
  const re = state.re as number[];
  const im = state.im as number[];
  for (let k = 0; k < re.length; k++) {
    re[k] = out.re[k]!;
    im[k] = out.im[k]!;
  }
  return { re, im };
}
