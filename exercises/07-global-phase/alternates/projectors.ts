// Correct, another way: a global phase cancels in the projector |u⟩⟨u|, whose entries are u_j·conj(u_k); two states
// are the same exactly when their projectors are, so compare those entry by entry (to 1e-9) and never pick a phase.
import type { State } from '../solution/global-phase';

export function sameState(u: State, v: State): boolean {
  const dim = u.re.length;
  for (let j = 0; j < dim; j++) {
    for (let k = 0; k < dim; k++) {
      const ur = u.re[j]! * u.re[k]! + u.im[j]! * u.im[k]!;
      const ui = u.im[j]! * u.re[k]! - u.re[j]! * u.im[k]!;
      const vr = v.re[j]! * v.re[k]! + v.im[j]! * v.im[k]!;
      const vi = v.im[j]! * v.re[k]! - v.re[j]! * v.im[k]!;
      if (Math.hypot(ur - vr, ui - vi) > 1e-9) return false;
    }
  }
  return true;
}
