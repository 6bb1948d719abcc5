// Mistake: keeps σ from going negative by making the couplings positive in the model it was given (model.J = |J|,
// model.h = |h|). The standard deviations are right, but only when J or h is negative does the caller's model change:
// its next energy has the wrong sign.
import { groupStdDevs as correct } from '../solution/energy';
import type { Ising } from '../tools';
export { exactEnergy, estimateEnergy, shotsForPrecision, costToPrecision } from '../solution/energy';
export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): { zz: number; x: number } {
  if (model.J < 0) model.J = -model.J;
  if (model.h < 0) model.h = -model.h;
  return correct(re, im, model);
}
