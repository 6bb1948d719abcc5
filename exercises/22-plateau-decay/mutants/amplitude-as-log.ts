// Mistake: returns the fitted intercept ln A as the amplitude, without exponentiating it.
export { qubitsBelow } from '../solution/plateau-decay';
import { fitDecay as right, type Point } from '../solution/plateau-decay';
export function fitDecay(points: Point[]) {
  const r = right(points);
  return { base: r.base, amplitude: Math.log(r.amplitude) };
}
