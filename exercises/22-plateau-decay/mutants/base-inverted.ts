// Mistake: returns e^(slope) instead of e^(−slope): 1/b, a number below 1 for a decaying variance.
export { qubitsBelow } from '../solution/plateau-decay';
import { fitDecay as right, type Point } from '../solution/plateau-decay';
export function fitDecay(points: Point[]) {
  const r = right(points);
  return { base: 1 / r.base, amplitude: r.amplitude };
}
