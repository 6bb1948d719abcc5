// Mistake: to spare an allocation in loops of thousands of estimates, every call fills in and returns one result
// object kept between calls, so a caller who keeps an earlier estimate sees it overwritten by the next one.
import { estimateEnergy as correct } from '../solution/energy';
import type { EstimateOptions } from '../energy';
import type { Ising, Rng } from '../tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
const result = { mean: 0, stdError: 0 };
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}) {
  const r = correct(re, im, model, shots, rng, options);
  result.mean = r.mean;
  result.stdError = r.stdError;
  return result;
}
