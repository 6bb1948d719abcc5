/** Reference solution for exercise 02. */
import { applyGate, applyKraus, gateQubits, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from '../density';

export type { DensityMatrix, Gate, Mat2 };

const scaled = (s: number, m: Mat2): Mat2 => m.map((row) => row.map(([r, i]) => [s * r, s * i])) as Mat2;
const I: Mat2 = [[[1, 0], [0, 0]], [[0, 0], [1, 0]]];
const X: Mat2 = [[[0, 0], [1, 0]], [[1, 0], [0, 0]]];
const Y: Mat2 = [[[0, 0], [0, -1]], [[0, 1], [0, 0]]];
const Z: Mat2 = [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]];

export function bitFlipKraus(p: number): Mat2[] {
  return [scaled(Math.sqrt(1 - p), I), scaled(Math.sqrt(p), X)];
}

export function depolarizingKraus(p: number): Mat2[] {
  const s = Math.sqrt(p / 3);
  return [scaled(Math.sqrt(1 - p), I), scaled(s, X), scaled(s, Y), scaled(s, Z)];
}

export function qiskitLambdaToP(lambda: number): number {
  return (3 * lambda) / 4;
}

export function amplitudeDampingKraus(gamma: number): Mat2[] {
  return [
    [[[1, 0], [0, 0]], [[0, 0], [Math.sqrt(1 - gamma), 0]]],
    [[[0, 0], [Math.sqrt(gamma), 0]], [[0, 0], [0, 0]]],
  ];
}

export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  let rho = zeroDensity(n);
  for (const g of gates) {
    rho = applyGate(rho, g);
    for (const q of gateQubits(g)) rho = applyKraus(rho, q, channel);
  }
  return rho;
}

/** Applies a 2x2 matrix m (m[read][true]) to one qubit's index of a probability vector. */
function applyPerQubit(probs: ArrayLike<number>, q: number, m: [[number, number], [number, number]]): Float64Array {
  const out = new Float64Array(probs.length);
  const bit = 1 << q;
  for (let k = 0; k < probs.length; k++) {
    const t = (k & bit) ? 1 : 0;
    out[k & ~bit]! += m[0][t] * probs[k]!;
    out[k | bit]! += m[1][t] * probs[k]!;
  }
  return out;
}

export function applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  let p: Float64Array = Float64Array.from(probs);
  for (let q = 0; q < p01.length; q++) p = applyPerQubit(p, q, [[1 - p01[q]!, p10[q]!], [p01[q]!, 1 - p10[q]!]]);
  return p;
}

export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): Float64Array {
  let p: Float64Array = Float64Array.from(measured);
  for (let q = 0; q < p01.length; q++) {
    const [a, b, c, d] = [1 - p01[q]!, p10[q]!, p01[q]!, 1 - p10[q]!];
    const det = a * d - b * c;
    p = applyPerQubit(p, q, [[d / det, -b / det], [-c / det, a / det]]);
  }
  for (let k = 0; k < p.length; k++) p[k] = Math.max(0, p[k]!);
  const total = p.reduce((s, x) => s + x, 0);
  return p.map((x) => x / total);
}
