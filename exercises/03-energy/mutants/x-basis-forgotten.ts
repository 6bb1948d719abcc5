// Mistake: estimates the X terms from the Z-basis shots, forgetting the Hadamard layer.
import { bonds, probabilitiesOf, sampleOutcomes, zSign, type Ising, type Rng } from '../tools';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const n = Math.round(Math.log2(re.length));
  const p = probabilitiesOf(re, im);
  const group = (N: number, f: (k: number) => number) => {
    const v = Array.from(sampleOutcomes(p, N, rng, o.readoutFlip ?? 0), f);
    const mean = v.reduce((a, b) => a + b, 0) / N;
    const varr = v.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1);
    return { mean, se: Math.sqrt(varr / N) };
  };
  const zz = group(shots.zz, (k) => -m.J * bonds(n, m.periodic).reduce((a, [i, j]) => a + zSign(k, i) * zSign(k, j), 0));
  const x = group(shots.x, (k) => -m.h * Array.from({ length: n }, (_, q) => zSign(k, q)).reduce((a, b) => a + b, 0));
  return { mean: zz.mean + x.mean, stdError: Math.hypot(zz.se, x.se) };
}
