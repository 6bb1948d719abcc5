// Mistake: shifts every angle at once (θ ± π/2 on all of them), which gives one directional derivative, not ∂E/∂θ_k.
import { expectation, type Circuit } from '../circuit';
export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  const plus = thetas.map((t) => t + Math.PI / 2);
  const minus = thetas.map((t) => t - Math.PI / 2);
  const g = (expectation(circuit, plus) - expectation(circuit, minus)) / 2;
  return thetas.map(() => g);
}
