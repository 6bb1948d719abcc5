// Correct, another way: the mean of the forward and backward one-sided differences, which is the central difference
// (the E(θ) terms cancel), written with a small helper that evaluates E with one angle replaced.
import { expectation, type Circuit } from '../circuit';

export function centralDifference(circuit: Circuit, thetas: number[], h: number): number[] {
  const e0 = expectation(circuit, thetas);
  const withAngle = (k: number, v: number) => expectation(circuit, Object.assign([...thetas], { [k]: v }));
  return thetas.map((t, k) => {
    const forward = (withAngle(k, t + h) - e0) / h;
    const backward = (e0 - withAngle(k, t - h)) / h;
    return (forward + backward) / 2;
  });
}
