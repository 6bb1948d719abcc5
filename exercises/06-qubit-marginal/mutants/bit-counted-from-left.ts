// Mistake: takes qubit k to be the k-th character of the bitstring from the left, i.e. bit n−1−k of the index.
import { probabilityOfOne as right, bitstring } from '../solution/qubit-marginal';
import type { State } from '../solution/qubit-marginal';
export { bitstring };
export function probabilityOfOne(state: State, k: number): number {
  const n = Math.log2(state.re.length);
  return right(state, n - 1 - k);
}
