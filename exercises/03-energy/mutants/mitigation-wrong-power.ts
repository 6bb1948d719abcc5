// Mistake: divides the ZZ terms by (1 − 2q) instead of (1 − 2q)²: two misread bits each shrink a ZZ correlation.
import { estimateEnergy as right, type Ising, type Rng } from '../solution/energy';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  if (!o.mitigate) return right(re, im, m, shots, rng, o);
  const q = o.readoutFlip ?? 0;
  // Estimate each group separately with the reference, then apply a single power of (1 − 2q) to both.
  const zz = right(re, im, { ...m, h: 0 }, { zz: shots.zz, x: 2 }, rng, { readoutFlip: q });
  const x = right(re, im, { ...m, J: 0 }, { zz: 2, x: shots.x }, rng, { readoutFlip: q });
  return { mean: (zz.mean + x.mean) / (1 - 2 * q), stdError: Math.hypot(zz.stdError, x.stdError) / (1 - 2 * q) };
}
