// Mistake: computes a00·a11 − a01·a10 on the amplitudes as given, so the answer scales with |state|².
import type { State, Analysis } from '../solution/product-or-entangled';
import { analyse as right } from '../solution/product-or-entangled';
export function analyse(state: State): Analysis {
  const [r, i] = [state.re, state.im];
  const dr = r[0]! * r[3]! - i[0]! * i[3]! - (r[1]! * r[2]! - i[1]! * i[2]!);
  const di = r[0]! * i[3]! + i[0]! * r[3]! - (r[1]! * i[2]! + i[1]! * r[2]!);
  const det = Math.hypot(dr, di);
  if (det > 1e-9) return { product: false, concurrence: 2 * det, factors: null };
  return { ...right(state), concurrence: 2 * det, product: true };
}
