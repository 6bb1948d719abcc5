// Mistake: right phase, but amplitudes compared with ===, so the last bit of rounding in e^{iφ}·u makes equal states differ.
import type { State } from '../solution/global-phase';
export function sameState(u: State, v: State): boolean {
  let j = 0;
  for (let k = 1; k < u.re.length; k++) if (Math.hypot(u.re[k]!, u.im[k]!) > Math.hypot(u.re[j]!, u.im[j]!)) j = k;
  const s = Math.hypot(u.re[j]!, u.im[j]!) * Math.hypot(v.re[j]!, v.im[j]!);
  if (s === 0) return false;
  const pr = (v.re[j]! * u.re[j]! + v.im[j]! * u.im[j]!) / s;
  const pi = (v.im[j]! * u.re[j]! - v.re[j]! * u.im[j]!) / s;
  for (let k = 0; k < u.re.length; k++) {
    if (v.re[k] !== pr * u.re[k]! - pi * u.im[k]! || v.im[k] !== pr * u.im[k]! + pi * u.re[k]!) return false;
  }
  return true;
}
