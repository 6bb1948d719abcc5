// Mistake: forgets the ½, so every gradient is twice too large.
import { parameterShift as right, type Circuit } from '../solution/parameter-shift';
export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  return right(circuit, thetas).map((g) => 2 * g);
}
