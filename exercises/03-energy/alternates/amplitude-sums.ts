// Correct, differently: exact terms straight from amplitudes (⟨X_q⟩ = Σ_k Re(conj(a_{k⊕2^q}) a_k)), group spreads
// from the same sums, and a Welford running variance in the shot estimator.
import { hadamardAll, probabilitiesOf, sampleOutcomes, type Ising, type Rng } from '../tools';
import type { CostInputs, EstimateOptions } from '../energy';

const pairs = (n: number, periodic: boolean) => {
  const out: number[][] = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
  return periodic && n > 2 ? [...out, [n - 1, 0]] : out;
};
const parity = (k: number, i: number, j: number) => (((k >> i) ^ (k >> j)) & 1 ? -1 : 1);

export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising): number {
  const n = Math.round(Math.log2(re.length));
  let e = 0;
  for (let k = 0; k < re.length; k++) {
    const p = re[k]! ** 2 + im[k]! ** 2;
    for (const [i, j] of pairs(n, m.periodic)) e -= m.J * p * parity(k, i!, j!);
    for (let q = 0; q < n; q++) {
      const f = k ^ (1 << q);
      e -= m.h * (re[f]! * re[k]! + im[f]! * im[k]!);
    }
  }
  return e;
}

function spread(probs: ArrayLike<number>, value: (k: number) => number): number {
  const mean = Array.from(probs).reduce((a, p, k) => a + p * value(k), 0);
  return Math.sqrt(Array.from(probs).reduce((a, p, k) => a + p * (value(k) - mean) ** 2, 0));
}

const zzOf = (n: number, m: Ising) => (k: number) => -m.J * pairs(n, m.periodic).reduce((a, [i, j]) => a + parity(k, i!, j!), 0);
const xOf = (n: number, m: Ising) => (k: number) => -m.h * (n - 2 * (k.toString(2).split('1').length - 1));

export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising) {
  const n = Math.round(Math.log2(re.length));
  const h = hadamardAll(re, im);
  return { zz: spread(probabilitiesOf(re, im), zzOf(n, m)), x: spread(probabilitiesOf(h.re, h.im), xOf(n, m)) };
}

function welford(samples: Uint32Array, f: (k: number) => number, scale: number) {
  let mean = 0;
  let m2 = 0;
  samples.forEach((k, idx) => {
    const v = f(k) / scale;
    const d = v - mean;
    mean += d / (idx + 1);
    m2 += d * (v - mean);
  });
  return { mean, se: Math.sqrt(m2 / (samples.length - 1) / samples.length) };
}

export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising, shots: { zz: number; x: number }, rng: Rng, o: EstimateOptions = {}) {
  const n = Math.round(Math.log2(re.length));
  const q = o.readoutFlip ?? 0;
  const damp = 1 - 2 * q;
  const zz = welford(sampleOutcomes(probabilitiesOf(re, im), shots.zz, rng, q), zzOf(n, m), o.mitigate ? damp * damp : 1);
  const h = hadamardAll(re, im);
  const x = welford(sampleOutcomes(probabilitiesOf(h.re, h.im), shots.x, rng, q), xOf(n, m), o.mitigate ? damp : 1);
  return { mean: zz.mean + x.mean, stdError: Math.sqrt(zz.se ** 2 + x.se ** 2) };
}

export function shotsForPrecision(a: number, b: number, eps: number) {
  const total = ((a + b) / eps) ** 2;
  const share = a + b > 0 ? a / (a + b) : 0.5;
  const zz = -Math.floor(-total * share);
  const x = -Math.floor(-total * (1 - share));
  return { zz, x, total: zz + x };
}

export function costToPrecision(c: CostInputs) {
  const quantumSeconds = c.shots * (1 / c.shotsPerSecond);
  const quantumJoules = c.qpuWatts * quantumSeconds;
  const classicalJoules = c.classicalWatts * c.classicalSeconds;
  return { quantumSeconds, quantumJoules, classicalJoules, ratio: quantumJoules / classicalJoules };
}
