// Correct, another way: one working copy of the angles, shifted up and down and put back before the next angle,
// written as a loop with the shift and the ½ named.
import { expectation, type Circuit } from '../circuit';

const SHIFT = Math.PI / 2;

export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  const work = Float64Array.from(thetas);
  const gradient = new Array<number>(thetas.length);
  for (let k = 0; k < work.length; k++) {
    work[k] = thetas[k]! + SHIFT;
    const up = expectation(circuit, work);
    work[k] = thetas[k]! - SHIFT;
    const down = expectation(circuit, work);
    work[k] = thetas[k]!;
    gradient[k] = 0.5 * (up - down);
  }
  return gradient;
}
