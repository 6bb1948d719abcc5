// Mistake: the estimate samples from the real parts only (im treated as 0), which is right only for real states.
import { estimateEnergy as correct } from '../solution/energy';
import type { EstimateOptions } from '../energy';
import type { Ising, Rng } from '../tools';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}) {
  const norm = Math.sqrt(Array.from(re).reduce((a, r) => a + r * r, 0));
  return correct(Array.from(re, (r) => r / norm), new Float64Array(im.length), model, shots, rng, options);
}
