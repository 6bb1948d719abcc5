// Correct, another way: no bit operators. Bit k of i is floor(i / 2^k) mod 2, and the bitstring is built by repeated
// division by 2, each remainder put in front of the digits found so far.
import type { State } from '../solution/qubit-marginal';

export function probabilityOfOne(state: State, k: number): number {
  const step = 2 ** k;
  let p = 0;
  for (let i = 0; i < state.re.length; i++) {
    if (Math.floor(i / step) % 2 === 1) p += Math.hypot(state.re[i]!, state.im[i]!) ** 2;
  }
  return p;
}

export function bitstring(index: number, n: number): string {
  const digits: string[] = [];
  let rest = index;
  for (let q = 0; q < n; q++) {
    digits.unshift(String(rest % 2));
    rest = Math.floor(rest / 2);
  }
  return digits.join('');
}
