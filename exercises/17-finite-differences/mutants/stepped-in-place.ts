// Mistake: steps the caller's array in place and leaves each angle at θ − h, so thetas comes back changed.
import { expectation, type Circuit } from '../circuit';
export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < thetas.length; k++) {
    thetas[k]! += h;
    const up = expectation(circuit, thetas);
    thetas[k]! -= 2 * h;
    out.push((up - expectation(circuit, thetas)) / (2 * h));
  }
  return out;
}
