/**
 * Are two state vectors the same physical state, equal up to a global phase e^{iφ}?
 * Grade it with:  npm run grade -- 07
 */
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }

/** True when some φ makes |v_k − e^{iφ}·u_k| ≤ 1e-9 for every amplitude k. */
export function sameState(u: State, v: State): boolean {
  throw new Error('sameState is not written yet');
}
