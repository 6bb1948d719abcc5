// Correct, another way: in polar form. Each factor is (cos(θ/2), e^{iφ}·sin(θ/2)) with θ from the sizes and φ from
// the phase difference of a row (qubit 0) or a column (qubit 1), taking the row and column of larger norm so that
// neither is all zeros; the determinant is formed from magnitudes and angles.
import type { Analysis, OneQubit, State } from '../solution/product-or-entangled';

const polar = (state: State, k: number) => ({ r: Math.hypot(state.re[k]!, state.im[k]!), t: Math.atan2(state.im[k]!, state.re[k]!) });

function factor(state: State, i: number, j: number): OneQubit {
  const p = polar(state, i);
  const q = polar(state, j);
  const half = Math.atan2(q.r, p.r);
  const phi = q.t - p.t;
  return { re: [Math.cos(half), Math.sin(half) * Math.cos(phi)], im: [0, Math.sin(half) * Math.sin(phi)] };
}

export function analyse(state: State): Analysis {
  const a = [0, 1, 2, 3].map((k) => polar(state, k));
  const n2 = a.reduce((s, x) => s + x.r * x.r, 0);
  // a00·a11 and a01·a10 as magnitude and angle, then their difference.
  const m1 = (a[0]!.r * a[3]!.r) / n2;
  const t1 = a[0]!.t + a[3]!.t;
  const m2 = (a[1]!.r * a[2]!.r) / n2;
  const t2 = a[1]!.t + a[2]!.t;
  const det = Math.hypot(m1 * Math.cos(t1) - m2 * Math.cos(t2), m1 * Math.sin(t1) - m2 * Math.sin(t2));
  if (det > 1e-9) return { product: false, concurrence: 2 * det, factors: null };
  const row = a[0]!.r ** 2 + a[1]!.r ** 2 >= a[2]!.r ** 2 + a[3]!.r ** 2 ? 0 : 1;
  const col = a[0]!.r ** 2 + a[2]!.r ** 2 >= a[1]!.r ** 2 + a[3]!.r ** 2 ? 0 : 1;
  return { product: true, concurrence: 2 * det, factors: { qubit0: factor(state, 2 * row, 2 * row + 1), qubit1: factor(state, col, 2 + col) } };
}
