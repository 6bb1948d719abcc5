// Mistake: the X group is measured with shots.zz shots too (the split is ignored for the second group).
import { estimateEnergy as correct } from '../../../solutions/03-energy/energy';
import type { EstimateOptions } from '../../../exercises/03-energy/energy';
import type { Ising, Rng } from '../../../exercises/03-energy/tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../../../solutions/03-energy/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}) {
  return correct(re, im, model, { zz: shots.zz, x: shots.zz }, rng, options);
}
