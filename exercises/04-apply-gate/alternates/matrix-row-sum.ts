// Correct, by the definition: every output amplitude k is the sum over the input bit of qubit `target`
// of gate[bit of k][input bit] times the amplitude with that bit replaced, written as a general sum.
import type { Gate, State } from '../solution/apply-gate';

export function applyGate(state: State, gate: Gate, target: number) {
  const re: number[] = [];
  const im: number[] = [];
  for (let k = 0; k < state.re.length; k++) {
    const row = (k >> target) & 1;
    let sr = 0;
    let si = 0;
    for (let col = 0; col < 2; col++) {
      const src = col ? k | (1 << target) : k & ~(1 << target);
      const g = gate[row]![col]!;
      sr += g.re * state.re[src]! - g.im * state.im[src]!;
      si += g.re * state.im[src]! + g.im * state.re[src]!;
    }
    re.push(sr);
    im.push(si);
  }
  return { re, im };
}
