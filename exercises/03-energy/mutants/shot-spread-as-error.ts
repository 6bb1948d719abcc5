// Mistake: reports the spread of a single shot, forgetting to divide by √N.
import { estimateEnergy as right, type Ising, type Rng } from '../solution/energy';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const r = right(re, im, m, shots, rng, o);
  return { mean: r.mean, stdError: r.stdError * Math.sqrt(shots.zz) };
}
