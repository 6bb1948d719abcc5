/** Reference solution for exercise 03. */
import { bonds, hadamardAll, probabilitiesOf, sampleOutcomes, zSign, type Ising, type Rng } from '../tools';
import type { CostInputs, EstimateOptions } from '../energy';

export type { Ising, Rng };

/** Value of −J Σ Z_i Z_j for one Z-basis outcome k. */
function zzValue(k: number, n: number, m: Ising): number {
  return -m.J * bonds(n, m.periodic).reduce((a, [i, j]) => a + zSign(k, i) * zSign(k, j), 0);
}
/** Value of −h Σ X_i for one X-basis outcome k (measured after Hadamards). */
function xValue(k: number, n: number, m: Ising): number {
  let s = 0;
  for (let q = 0; q < n; q++) s += zSign(k, q);
  return -m.h * s;
}

function moments(probs: ArrayLike<number>, f: (k: number) => number): { mean: number; sd: number } {
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k < probs.length; k++) {
    const v = f(k);
    m1 += probs[k]! * v;
    m2 += probs[k]! * v * v;
  }
  return { mean: m1, sd: Math.sqrt(Math.max(0, m2 - m1 * m1)) };
}

export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): number {
  const n = Math.round(Math.log2(re.length));
  const x = hadamardAll(re, im);
  return moments(probabilitiesOf(re, im), (k) => zzValue(k, n, model)).mean + moments(probabilitiesOf(x.re, x.im), (k) => xValue(k, n, model)).mean;
}

export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): { zz: number; x: number } {
  const n = Math.round(Math.log2(re.length));
  const x = hadamardAll(re, im);
  return { zz: moments(probabilitiesOf(re, im), (k) => zzValue(k, n, model)).sd, x: moments(probabilitiesOf(x.re, x.im), (k) => xValue(k, n, model)).sd };
}

/** Sample mean and standard error of the mean of one group's per-shot values. */
function groupEstimate(outcomes: Uint32Array, value: (k: number) => number): { mean: number; se: number } {
  let s = 0;
  let s2 = 0;
  for (const k of outcomes) {
    const v = value(k);
    s += v;
    s2 += v * v;
  }
  const N = outcomes.length;
  const mean = s / N;
  const variance = N > 1 ? (s2 - N * mean * mean) / (N - 1) : 0;
  return { mean, se: Math.sqrt(Math.max(0, variance) / N) };
}

export function estimateEnergy(
  re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {},
): { mean: number; stdError: number } {
  const n = Math.round(Math.log2(re.length));
  const q = options.readoutFlip ?? 0;
  const zz = groupEstimate(sampleOutcomes(probabilitiesOf(re, im), shots.zz, rng, q), (k) => zzValue(k, n, model));
  const xs = hadamardAll(re, im);
  const xx = groupEstimate(sampleOutcomes(probabilitiesOf(xs.re, xs.im), shots.x, rng, q), (k) => xValue(k, n, model));
  // Independent flips scale ⟨Z_i Z_j⟩ by (1−2q)² and ⟨X_i⟩ by (1−2q); dividing removes the bias and scales the noise too.
  const fz = options.mitigate ? (1 - 2 * q) ** 2 : 1;
  const fx = options.mitigate ? 1 - 2 * q : 1;
  return { mean: zz.mean / fz + xx.mean / fx, stdError: Math.hypot(zz.se / fz, xx.se / fx) };
}

export function shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number): { zz: number; x: number; total: number } {
  const sum = sigmaZZ + sigmaX;
  const zz = Math.ceil((sigmaZZ * sum) / epsilon ** 2);
  const x = Math.ceil((sigmaX * sum) / epsilon ** 2);
  return { zz, x, total: zz + x };
}

export function costToPrecision(c: CostInputs): { quantumSeconds: number; quantumJoules: number; classicalJoules: number; ratio: number } {
  const quantumSeconds = c.shots / c.shotsPerSecond;
  const quantumJoules = quantumSeconds * c.qpuWatts;
  const classicalJoules = c.classicalSeconds * c.classicalWatts;
  return { quantumSeconds, quantumJoules, classicalJoules, ratio: quantumJoules / classicalJoules };
}
