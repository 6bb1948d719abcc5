// Mistake: compares |amplitude|² only, so a relative phase goes unseen: |+⟩ and |−⟩ come out "the same".
import type { State } from '../solution/global-phase';
export function sameState(u: State, v: State): boolean {
  for (let k = 0; k < u.re.length; k++) {
    const pu = u.re[k]! ** 2 + u.im[k]! ** 2;
    const pv = v.re[k]! ** 2 + v.im[k]! ** 2;
    if (Math.abs(pu - pv) > 1e-9) return false;
  }
  return true;
}
