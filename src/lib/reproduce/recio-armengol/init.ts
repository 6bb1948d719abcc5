/**
 * Starting angles as the paper's code sets them (iqpopt, src/iqpopt/utils.py, initialize_from_data), from the
 * training data with ±1 spins:
 * - a weight-1 gate on qubit i: arcsin(√mean_i), so each bit alone starts with the data's frequency of ones
 *   (a lone gate exp(−iθZ) between Hadamards gives P(1) = sin²θ);
 * - a weight-2 gate on (i, j): the data covariance of i and j times scale·π / (largest |covariance|);
 * - every other gate: a normal draw with standard deviation `noise`.
 */
import type { Rng } from '../../quantum/types';

/** A standard normal draw (Box–Muller), from two uniform draws. */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function initialAnglesFromData(gates: Int32Array, n: number, train: Int32Array, o: { scale: number; noise: number }, rng: Rng): Float64Array {
  const m = train.length;
  const mean = new Float64Array(n); // of the 0/1 bits
  const spinMean = new Float64Array(n);
  const pair = new Float64Array(n * n); // Σ s_i s_j / m
  for (const x of train) {
    for (let i = 0; i < n; i++) {
      const si = (x >>> i) & 1 ? 1 : -1;
      mean[i]! += ((x >>> i) & 1) / m;
      spinMean[i]! += si / m;
      for (let j = i + 1; j < n; j++) pair[i * n + j]! += (si * ((x >>> j) & 1 ? 1 : -1)) / m;
    }
  }
  // np.cov divides by m − 1.
  const cov = (i: number, j: number) => ((pair[i * n + j]! - spinMean[i]! * spinMean[j]!) * m) / (m - 1);
  let maxCov = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) maxCov = Math.max(maxCov, Math.abs(cov(i, j)));
  const theta = new Float64Array(gates.length);
  gates.forEach((g, k) => {
    const qs: number[] = [];
    for (let q = 0; q < n; q++) if ((g >>> q) & 1) qs.push(q);
    if (qs.length === 1) theta[k] = Math.asin(Math.sqrt(mean[qs[0]!]!));
    else if (qs.length === 2 && maxCov > 0) theta[k] = (cov(qs[0]!, qs[1]!) * o.scale * Math.PI) / maxCov;
    else theta[k] = o.noise === 0 ? 0 : o.noise * standardNormal(rng);
  });
  return theta;
}
