export interface State { re: ArrayLike<number>; im: ArrayLike<number> }

// Mistake: a tolerance at the level of one rounding step (1e-15): rotated states still match, but amplitudes a
// computation has moved by 1e-13 are called different, although the README allows 1e-9.
const TOL = 1e-15;

export function sameState(u: State, v: State): boolean {
  const dim = u.re.length;
  // The phase is read from u's largest amplitude: at least 1/√dim in size, so never a zero with no phase to give.
  let j = 0;
  for (let k = 1; k < dim; k++) if (Math.hypot(u.re[k]!, u.im[k]!) > Math.hypot(u.re[j]!, u.im[j]!)) j = k;
  const sizeU = Math.hypot(u.re[j]!, u.im[j]!);
  const sizeV = Math.hypot(v.re[j]!, v.im[j]!);
  if (sizeV < TOL) return false;
  // p = v_j·conj(u_j) / (|v_j||u_j|), the unit complex number turning u_j towards v_j.
  const pr = (v.re[j]! * u.re[j]! + v.im[j]! * u.im[j]!) / (sizeU * sizeV);
  const pi = (v.im[j]! * u.re[j]! - v.re[j]! * u.im[j]!) / (sizeU * sizeV);
  for (let k = 0; k < dim; k++) {
    const dr = v.re[k]! - (pr * u.re[k]! - pi * u.im[k]!);
    const di = v.im[k]! - (pr * u.im[k]! + pi * u.re[k]!);
    if (!(Math.hypot(dr, di) <= TOL)) return false;
  }
  return true;
}
