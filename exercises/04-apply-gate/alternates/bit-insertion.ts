// Correct, another way: loop over the 2^(n-1) pairs and build each pair's indices by inserting a 0 and a 1 at the
// target bit, with the complex arithmetic done on [re, im] tuples.
import type { Gate, State } from '../solution/apply-gate';
type C = [number, number];
const mul = (g: { re: number; im: number }, x: C): C => [g.re * x[0] - g.im * x[1], g.re * x[1] + g.im * x[0]];

export function applyGate(state: State, gate: Gate, target: number) {
  const n = state.re.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const low = (1 << target) - 1;
  for (let p = 0; p < n / 2; p++) {
    const i0 = ((p & ~low) << 1) | (p & low);
    const i1 = i0 | (1 << target);
    const x0: C = [state.re[i0]!, state.im[i0]!];
    const x1: C = [state.re[i1]!, state.im[i1]!];
    for (const [row, out] of [[0, i0], [1, i1]] as const) {
      const u = mul(gate[row][0], x0);
      const v = mul(gate[row][1], x1);
      re[out] = u[0] + v[0];
      im[out] = u[1] + v[1];
    }
  }
  return { re: Array.from(re), im: Array.from(im) };
}
