// Mistake: shifts the caller's array in place and never puts the angle back, so thetas comes back changed
// (and every later angle is differentiated at a shifted point).
import { expectation, type Circuit } from '../circuit';
export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  const grad: number[] = [];
  for (let k = 0; k < thetas.length; k++) {
    thetas[k]! += Math.PI / 2;
    const plus = expectation(circuit, thetas);
    thetas[k]! -= Math.PI;
    const minus = expectation(circuit, thetas);
    grad.push((plus - minus) / 2);
  }
  return grad;
}
