// Correct, another way: one Float64Array copy, each angle stepped up, then down, then restored from the original.
import { expectation, type Circuit } from '../circuit';

export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  const work = new Float64Array(thetas);
  const out: number[] = [];
  for (let k = 0; k < thetas.length; k++) {
    work[k] = thetas[k]! + h;
    const forward = expectation(circuit, work);
    work[k] = thetas[k]! - h;
    const backward = expectation(circuit, work);
    work[k] = thetas[k]!;
    out.push((forward - backward) / h / 2);
  }
  return out;
}
