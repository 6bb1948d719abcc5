// Mistake: swaps the amplitudes inside the arrays it was given, so the caller's state changes too.
import { ghzState } from '../solution/ghz-state';
import type { State } from '../gates';
export { ghzState };
export function applyCnot(state: State, control: number, target: number) {
  const re = state.re as number[];
  const im = state.im as number[];
  for (let i = 0; i < re.length; i++) {
    if (!((i >> control) & 1) || (i >> target) & 1) continue;
    const j = i | (1 << target);
    [re[i], re[j]] = [re[j]!, re[i]!];
    [im[i], im[j]] = [im[j]!, im[i]!];
  }
  return { re, im };
}
