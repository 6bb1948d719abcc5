import { expectation, type Circuit } from '../circuit';

export type { Circuit };

export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  return thetas.map((_, k) => {
    const plus = thetas.map((t, j) => (j === k ? t + Math.PI / 2 : t));
    const minus = thetas.map((t, j) => (j === k ? t - Math.PI / 2 : t));
    return (expectation(circuit, plus) - expectation(circuit, minus)) / 2;
  });
}
