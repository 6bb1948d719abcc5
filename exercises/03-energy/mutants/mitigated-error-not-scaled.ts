// Mistake: mitigation divides the means by (1 − 2q)² and (1 − 2q) but reports the standard error of the noisy
// estimate unchanged, so the error bar is too small by the same factors: the bias is gone, the honesty too.
import { estimateEnergy as right, type Ising, type Rng } from '../solution/energy';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const q = o.readoutFlip ?? 0;
  if (!o.mitigate || q === 0) return right(re, im, m, shots, rng, o);
  const fz = (1 - 2 * q) ** 2;
  const fx = 1 - 2 * q;
  // One seeded stream, read group by group as the reference does: ZZ shots first, then X shots.
  const zz = right(re, im, { ...m, h: 0 }, { zz: shots.zz, x: 2 }, rng, { readoutFlip: q });
  const x = right(re, im, { ...m, J: 0 }, { zz: 2, x: shots.x }, rng, { readoutFlip: q });
  return { mean: zz.mean / fz + x.mean / fx, stdError: Math.hypot(zz.stdError, x.stdError) };
}
