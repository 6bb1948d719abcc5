// Correct, another way: by the definition on bitstrings. Write each index as n characters (qubit q at position
// n−1−q), flip the target character when the control character is '1', and read the new index back.
import { applyH, zeroState, type State } from '../gates';

export function applyCnot(state: State, control: number, target: number) {
  const dim = state.re.length;
  const n = Math.round(Math.log2(dim));
  const re = new Array<number>(dim);
  const im = new Array<number>(dim);
  for (let k = 0; k < dim; k++) {
    const chars = k.toString(2).padStart(n, '0').split('');
    if (chars[n - 1 - control] === '1') chars[n - 1 - target] = chars[n - 1 - target] === '1' ? '0' : '1';
    const to = parseInt(chars.join(''), 2);
    re[to] = state.re[k]!;
    im[to] = state.im[k]!;
  }
  return { re, im };
}

// GHZ from the other end: H on the top qubit, then a chain of CNOTs downwards to qubit 0. The state is symmetric,
// so where the chain starts does not matter.
export function ghzState(n: number) {
  let s = applyH(zeroState(n), n - 1);
  for (let q = n - 2; q >= 0; q--) s = applyCnot(s, q + 1, q);
  return s;
}
