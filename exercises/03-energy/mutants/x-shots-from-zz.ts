// Mistake: the X group is measured with shots.zz shots too (the split is ignored for the second group).
import { estimateEnergy as correct } from '../solution/energy';
import type { EstimateOptions } from '../energy';
import type { Ising, Rng } from '../tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}) {
  return correct(re, im, model, { zz: shots.zz, x: shots.zz }, rng, options);
}
