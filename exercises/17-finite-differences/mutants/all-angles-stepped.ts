// Mistake: steps every angle by ±h at once, which estimates one directional derivative, not each ∂E/∂θ_k.
import { expectation, type Circuit } from '../circuit';
export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  const g = (expectation(circuit, thetas.map((t) => t + h)) - expectation(circuit, thetas.map((t) => t - h))) / (2 * h);
  return thetas.map(() => g);
}
