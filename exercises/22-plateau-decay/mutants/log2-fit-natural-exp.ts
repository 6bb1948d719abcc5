// Mistake: fits the line to log₂ of the variance but turns the slope back into a base with e^(…), not 2^(…).
export { qubitsBelow, type Point } from '../solution/plateau-decay';
import { fitDecay as right, type Point } from '../solution/plateau-decay';
export function fitDecay(points: Point[]) {
  const { base, amplitude } = right(points);
  const slope2 = -Math.log2(base);
  return { base: Math.exp(-slope2), amplitude: Math.exp(Math.log2(amplitude)) };
}
