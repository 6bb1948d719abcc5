// Correct, another way: CNOT as a gather, out[k] = in[k XOR (control bit of k) << target], which needs no pairing;
// and GHZ by fanning out from qubit 0 (CNOT 0 → q for every q) instead of a chain.
import { applyH, zeroState, type State } from '../gates';

export function applyCnot(state: State, control: number, target: number) {
  const dim = state.re.length;
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  for (let k = 0; k < dim; k++) {
    const from = k ^ (((k >> control) & 1) << target);
    re[k] = state.re[from]!;
    im[k] = state.im[from]!;
  }
  return { re: Array.from(re), im: Array.from(im) };
}

export function ghzState(n: number) {
  let s = applyH(zeroState(n), 0);
  for (let q = 1; q < n; q++) s = applyCnot(s, 0, q);
  return s;
}
