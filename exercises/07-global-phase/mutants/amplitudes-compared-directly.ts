// Mistake: compares the amplitudes themselves (to 1e-9), so −|ψ⟩ or i|ψ⟩ counts as a different state.
import type { State } from '../solution/global-phase';
export function sameState(u: State, v: State): boolean {
  for (let k = 0; k < u.re.length; k++) {
    if (Math.hypot(v.re[k]! - u.re[k]!, v.im[k]! - u.im[k]!) > 1e-9) return false;
  }
  return true;
}
