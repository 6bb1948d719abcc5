// Correct, differently: ⟨ψ|Hψ⟩ from a matrix-free H|ψ⟩, X-basis probabilities by a direct Walsh-Hadamard sum, an own
// inverse-CDF sampler with its own read-out flips (all from rng), Welford with the N divisor, total = ⌈(σ_zz+σ_x)²/ε²⌉.
import { bonds, type Ising, type Rng } from '../tools';
export type { Ising, Rng };
function applyH(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising) {
  const dim = re.length, n = Math.round(Math.log2(dim)); const bs = bonds(n, m.periodic);
  const or = new Float64Array(dim), oi = new Float64Array(dim);
  for (let k = 0; k < dim; k++) {
    let d = 0; for (const [i, j] of bs) d += (((k >> i) ^ (k >> j)) & 1) ? 1 : -1; // -Z_iZ_j
    or[k]! += m.J * d * re[k]!; oi[k]! += m.J * d * im[k]!;
    for (let q = 0; q < n; q++) { const t = k ^ (1 << q); or[t]! -= m.h * re[k]!; oi[t]! -= m.h * im[k]!; }
  }
  return { or, oi };
}
export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): number {
  const { or, oi } = applyH(re, im, model); let e = 0;
  for (let k = 0; k < re.length; k++) e += re[k]! * or[k]! + im[k]! * oi[k]!;
  return e;
}
function xBasis(re: ArrayLike<number>, im: ArrayLike<number>) {
  const dim = re.length, n = Math.round(Math.log2(dim)); const p = new Float64Array(dim);
  for (let y = 0; y < dim; y++) {
    let a = 0, b = 0;
    for (let k = 0; k < dim; k++) { let s = 1; let v = k & y; while (v) { s = -s; v &= v - 1; } a += s * re[k]!; b += s * im[k]!; }
    p[y] = (a * a + b * b) / dim;
  }
  void n; return p;
}
const popcount = (v: number) => { let c = 0; while (v) { c++; v &= v - 1; } return c; };
function zzOf(k: number, n: number, m: Ising) { let s = 0; for (const [i, j] of bonds(n, m.periodic)) s += (((k >> i) ^ (k >> j)) & 1) ? -1 : 1; return -m.J * s; }
const xOf = (k: number, n: number, m: Ising) => -m.h * (n - 2 * popcount(k));
export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): { zz: number; x: number } {
  const dim = re.length, n = Math.round(Math.log2(dim)); const px = xBasis(re, im);
  let a = 0, a2 = 0, b = 0, b2 = 0;
  for (let k = 0; k < dim; k++) {
    const pz = re[k]! ** 2 + im[k]! ** 2; const z = zzOf(k, n, model), x = xOf(k, n, model);
    a += pz * z; a2 += pz * z * z; b += px[k]! * x; b2 += px[k]! * x * x;
  }
  return { zz: Math.sqrt(Math.max(a2 - a * a, 0)), x: Math.sqrt(Math.max(b2 - b * b, 0)) };
}
export interface EstimateOptions { readoutFlip?: number; mitigate?: boolean }
function draws(p: ArrayLike<number>, N: number, rng: Rng, q: number, n: number, f: (k: number) => number) {
  const cdf = new Float64Array(p.length); let acc = 0; for (let k = 0; k < p.length; k++) cdf[k] = acc += p[k]!;
  let mean = 0, m2 = 0;
  for (let s = 1; s <= N; s++) {
    const u = rng() * acc; let lo = 0, hi = p.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (u < cdf[mid]!) hi = mid; else lo = mid + 1; }
    if (q > 0) for (let b = 0; b < n; b++) if (rng() < q) lo ^= 1 << b;
    const v = f(lo); const d = v - mean; mean += d / s; m2 += d * (v - mean);
  }
  return [mean, Math.sqrt(m2 / N / N)] as const;
}
export function estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: Rng, options: EstimateOptions = {}): { mean: number; stdError: number } {
  const n = Math.round(Math.log2(re.length)); const q = options.readoutFlip ?? 0;
  const pz = Array.from(re, (r, k) => r * r + im[k]! * im[k]!);
  let [mz, ez] = draws(pz, shots.zz, rng, q, n, (k) => zzOf(k, n, model));
  let [mx, ex] = draws(xBasis(re, im), shots.x, rng, q, n, (k) => xOf(k, n, model));
  if (options.mitigate) { const f = 1 - 2 * q; mz /= f * f; ez /= f * f; mx /= f; ex /= f; }
  return { mean: mz + mx, stdError: Math.hypot(ez, ex) };
}
export function shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number) {
  const s = sigmaZZ + sigmaX;
  const zz = sigmaZZ === 0 ? 0 : Math.ceil(sigmaZZ * s / epsilon ** 2);
  const x = sigmaX === 0 ? 0 : Math.ceil(sigmaX * s / epsilon ** 2);
  return { zz, x, total: Math.ceil(s * s / epsilon ** 2) };
}
export interface CostInputs { shots: number; shotsPerSecond: number; qpuWatts: number; classicalSeconds: number; classicalWatts: number }
export function costToPrecision(c: CostInputs) {
  const quantumSeconds = c.shots / c.shotsPerSecond;
  return { quantumSeconds, quantumJoules: c.shots * c.qpuWatts / c.shotsPerSecond, classicalJoules: c.classicalWatts * c.classicalSeconds, ratio: (c.shots * c.qpuWatts) / (c.shotsPerSecond * c.classicalSeconds * c.classicalWatts) };
}
