// Mistake: reports the standard error from the exact, noiseless σ of each group (groupStdDevs / √N) instead of the
// spread of the shots actually read out. Without noise that is indistinguishable; with read-out flips the reported
// values spread differently, and the error bar is wrong.
import { estimateEnergy as right, groupStdDevs, type Ising, type Rng } from '../solution/energy';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const { mean } = right(re, im, m, shots, rng, o);
  const q = o.readoutFlip ?? 0;
  const fz = o.mitigate ? (1 - 2 * q) ** 2 : 1;
  const fx = o.mitigate ? 1 - 2 * q : 1;
  const s = groupStdDevs(re, im, m);
  return { mean, stdError: Math.hypot(s.zz / Math.sqrt(shots.zz) / fz, s.x / Math.sqrt(shots.x) / fx) };
}
