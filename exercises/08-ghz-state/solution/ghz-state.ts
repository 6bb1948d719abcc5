import { applyH, zeroState, type State } from '../gates';

export function applyCnot(state: State, control: number, target: number): { re: number[]; im: number[] } {
  const re = Array.from(state.re);
  const im = Array.from(state.im);
  const c = 1 << control;
  const t = 1 << target;
  for (let i = 0; i < re.length; i++) {
    // Visit each swapped pair once, from its member whose target bit is 0.
    if ((i & c) === 0 || (i & t) !== 0) continue;
    const j = i | t;
    [re[i], re[j]] = [state.re[j]!, state.re[i]!];
    [im[i], im[j]] = [state.im[j]!, state.im[i]!];
  }
  return { re, im };
}

export function ghzState(n: number): { re: number[]; im: number[] } {
  let state = applyH(zeroState(n), 0);
  for (let q = 1; q < n; q++) state = applyCnot(state, q - 1, q);
  return state;
}
