// Correct, another way: the indices with bit k set come in blocks of 2^k, starting at 2^k and every 2^(k+1) after,
// so the sum visits only those. The bitstring pads toString(2) on the left.
import type { State } from '../solution/qubit-marginal';

export function probabilityOfOne(state: State, k: number): number {
  const block = 2 ** k;
  let p = 0;
  for (let start = block; start < state.re.length; start += 2 * block) {
    for (let i = start; i < start + block; i++) p += state.re[i]! ** 2 + state.im[i]! ** 2;
  }
  return p;
}

export function bitstring(index: number, n: number): string {
  return index.toString(2).padStart(n, '0');
}
