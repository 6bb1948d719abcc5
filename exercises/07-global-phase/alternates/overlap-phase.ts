// Correct, another way: the best phase in the least-squares sense is the phase of the overlap ⟨u|v⟩ = Σ conj(u_k)·v_k,
// so no amplitude has to be chosen at all; then every amplitude is compared under that phase.
import type { State } from '../solution/global-phase';

export function sameState(u: State, v: State): boolean {
  let sr = 0;
  let si = 0;
  for (let k = 0; k < u.re.length; k++) {
    sr += u.re[k]! * v.re[k]! + u.im[k]! * v.im[k]!;
    si += u.re[k]! * v.im[k]! - u.im[k]! * v.re[k]!;
  }
  const size = Math.hypot(sr, si);
  // Orthogonal (or nearly): no phase can make them agree.
  if (size < 0.5) return false;
  const [pr, pi] = [sr / size, si / size];
  let worst = 0;
  for (let k = 0; k < u.re.length; k++) {
    worst = Math.max(worst, Math.hypot(v.re[k]! - (pr * u.re[k]! - pi * u.im[k]!), v.im[k]! - (pr * u.im[k]! + pi * u.re[k]!)));
  }
  return worst <= 1e-9;
}
