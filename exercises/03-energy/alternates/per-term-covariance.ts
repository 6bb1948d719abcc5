// Correct, differently: estimates every term's mean separately and builds each group's standard error from the
// full covariance matrix of its terms (terms of one group come from the same shots, so they are correlated).
import { bonds, hadamardAll, probabilitiesOf, sampleOutcomes, zSign, type Ising, type Rng } from '../tools';
import type { EstimateOptions } from '../energy';
export { exactEnergy, groupStdDevs, shotsForPrecision, costToPrecision } from '../solution/energy';

function termStats(outcomes: Uint32Array, terms: ((k: number) => number)[], weight: number) {
  const N = outcomes.length;
  const vals = terms.map((t) => Array.from(outcomes, t));
  const means = vals.map((v) => v.reduce((a, b) => a + b, 0) / N);
  let variance = 0;
  for (let a = 0; a < terms.length; a++)
    for (let b = 0; b < terms.length; b++) {
      let cov = 0;
      for (let s = 0; s < N; s++) cov += (vals[a]![s]! - means[a]!) * (vals[b]![s]! - means[b]!);
      variance += (weight * weight * cov) / (N - 1);
    }
  return { mean: weight * means.reduce((x, y) => x + y, 0), se: Math.sqrt(variance / N) };
}

export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const n = Math.round(Math.log2(re.length));
  const q = o.readoutFlip ?? 0;
  const zzTerms = bonds(n, m.periodic).map(([i, j]) => (k: number) => zSign(k, i) * zSign(k, j));
  const xTerms = Array.from({ length: n }, (_, qb) => (k: number) => zSign(k, qb));
  const zz = termStats(sampleOutcomes(probabilitiesOf(re, im), shots.zz, rng, q), zzTerms, -m.J / (o.mitigate ? (1 - 2 * q) ** 2 : 1));
  const h = hadamardAll(re, im);
  const x = termStats(sampleOutcomes(probabilitiesOf(h.re, h.im), shots.x, rng, q), xTerms, -m.h / (o.mitigate ? 1 - 2 * q : 1));
  return { mean: zz.mean + x.mean, stdError: Math.hypot(zz.se, x.se) };
}
