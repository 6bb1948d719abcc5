// Mistake: checks that every amplitude is turned by the same angle (and that the zeros match) but never compares
// sizes, so (0.6, 0.8) and (0.8, 0.6) pass as one state.
import type { State } from '../solution/global-phase';
export function sameState(u: State, v: State): boolean {
  let shift: number | null = null;
  for (let k = 0; k < u.re.length; k++) {
    const zu = Math.hypot(u.re[k]!, u.im[k]!) < 1e-9;
    const zv = Math.hypot(v.re[k]!, v.im[k]!) < 1e-9;
    if (zu !== zv) return false;
    if (zu) continue;
    const d = Math.atan2(v.im[k]!, v.re[k]!) - Math.atan2(u.im[k]!, u.re[k]!);
    if (shift === null) shift = d;
    else if (Math.abs(Math.sin((d - shift) / 2)) > 1e-9) return false;
  }
  return true;
}
