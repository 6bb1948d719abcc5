// Mistake: takes the phase from amplitude 0 without asking whether it is 0; then 0/0 gives NaN and every comparison
// with NaN is false, so |1⟩ is not even the same as itself.
import type { State } from '../solution/global-phase';
export function sameState(u: State, v: State): boolean {
  const sizeU = Math.hypot(u.re[0]!, u.im[0]!);
  const sizeV = Math.hypot(v.re[0]!, v.im[0]!);
  const pr = (v.re[0]! * u.re[0]! + v.im[0]! * u.im[0]!) / (sizeU * sizeV);
  const pi = (v.im[0]! * u.re[0]! - v.re[0]! * u.im[0]!) / (sizeU * sizeV);
  for (let k = 0; k < u.re.length; k++) {
    const dr = v.re[k]! - (pr * u.re[k]! - pi * u.im[k]!);
    const di = v.im[k]! - (pr * u.im[k]! + pi * u.re[k]!);
    if (!(Math.hypot(dr, di) <= 1e-9)) return false;
  }
  return true;
}
