// Mistake: divides the central difference by h instead of 2h, so every value is twice too large.
import { centralDifference as right, type Circuit } from '../solution/finite-differences';
export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  return right(circuit, thetas, h).map((g) => 2 * g);
}
