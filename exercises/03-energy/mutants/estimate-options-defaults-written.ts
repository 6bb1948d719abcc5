// Mistake: fills in the defaults by writing them into the options object it was given (readoutFlip = 0,
// mitigate = false), so a caller who shares one options object between calls finds keys it never set.
import { estimateEnergy as correct } from '../solution/energy';
import type { EstimateOptions } from '../energy';
import type { Ising, Rng } from '../tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}) {
  options.readoutFlip ??= 0;
  options.mitigate ??= false;
  return correct(re, im, model, shots, rng, options);
}
