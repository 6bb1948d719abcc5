// Mistake: a forward difference [E(θ + h) − E(θ)] / h, whose error is proportional to h, not h².
import { expectation, type Circuit } from '../circuit';
export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  const base = expectation(circuit, thetas);
  return thetas.map((_, k) => (expectation(circuit, thetas.map((t, j) => (j === k ? t + h : t))) - base) / h);
}
