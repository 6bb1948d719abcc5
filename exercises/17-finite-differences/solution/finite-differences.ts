import { expectation, type Circuit } from '../circuit';

export type { Circuit };

export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  return thetas.map((_, k) => {
    const up = thetas.map((t, j) => (j === k ? t + h : t));
    const down = thetas.map((t, j) => (j === k ? t - h : t));
    return (expectation(circuit, up) - expectation(circuit, down)) / (2 * h);
  });
}
