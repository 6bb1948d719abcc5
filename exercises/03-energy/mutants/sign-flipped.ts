// Mistake: drops the minus signs, computing +J Σ ZZ + h Σ X.
import { exactEnergy as right, type Ising } from '../solution/energy';
export { groupStdDevs, estimateEnergy, shotsForPrecision, costToPrecision } from '../solution/energy';
export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising): number {
  return -right(re, im, m);
}
