// Mistake: swaps the real parts and forgets the imaginary parts, which goes unseen on real states like GHZ.
import { ghzState } from '../solution/ghz-state';
import type { State } from '../gates';
export { ghzState };
export function applyCnot(state: State, control: number, target: number) {
  const re = Array.from(state.re);
  for (let i = 0; i < re.length; i++) {
    if ((i >> control) & 1 && !((i >> target) & 1)) [re[i], re[i | (1 << target)]] = [re[i | (1 << target)]!, re[i]!];
  }
  return { re, im: Array.from(state.im) };
}
