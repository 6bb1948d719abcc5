// Mistake: shifts by ±π instead of ±π/2; E is periodic, so the two runs agree and every gradient comes out 0.
import { expectation, type Circuit } from '../circuit';
export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  return thetas.map((_, k) => {
    const plus = thetas.map((t, j) => (j === k ? t + Math.PI : t));
    const minus = thetas.map((t, j) => (j === k ? t - Math.PI : t));
    return (expectation(circuit, plus) - expectation(circuit, minus)) / 2;
  });
}
