// Mistake: the shots are drawn with Math.random, not with the rng argument, so no seed reproduces them.
import { estimateEnergy as correct } from '../solution/energy';
import type { EstimateOptions } from '../energy';
import type { Ising, Rng } from '../tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, _rng: Rng, options: EstimateOptions = {}) {
  return correct(re, im, model, shots, Math.random, options);
}
