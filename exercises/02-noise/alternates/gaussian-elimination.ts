// Correct, differently: Kraus lists in another order and Y written as [[0, 1], [−1, 0]] (iY without its phase, the
// same channel); readout as the full 2^n x 2^n confusion matrix and mitigation by Gaussian elimination on it,
// returning number[].
import { applyGate, applyKraus, gateQubits, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from '../density';
export type { DensityMatrix, Gate, Mat2 };
export function bitFlipKraus(p: number): Mat2[] {
  const b = Math.sqrt(p), a = Math.sqrt(1 - p);
  return [[[[0, 0], [b, 0]], [[b, 0], [0, 0]]], [[[a, 0], [0, 0]], [[0, 0], [a, 0]]]];
}
export function depolarizingKraus(p: number): Mat2[] {
  const a = Math.sqrt(1 - p), b = Math.sqrt(p / 3);
  // Y written as i·[[0,1],[-1,0]] with the phase dropped: [[0,1],[-1,0]] gives the same channel.
  return [
    [[[b, 0], [0, 0]], [[0, 0], [-b, 0]]],
    [[[0, 0], [b, 0]], [[-b, 0], [0, 0]]],
    [[[0, 0], [b, 0]], [[b, 0], [0, 0]]],
    [[[a, 0], [0, 0]], [[0, 0], [a, 0]]],
  ];
}
export function qiskitLambdaToP(lambda: number): number { return lambda * 0.75; }
export function amplitudeDampingKraus(gamma: number): Mat2[] {
  return [[[[0, 0], [Math.sqrt(gamma), 0]], [[0, 0], [0, 0]]], [[[1, 0], [0, 0]], [[0, 0], [Math.sqrt(1 - gamma), 0]]]];
}
export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  return gates.reduce((rho, g) => gateQubits(g).reduce((r, q) => applyKraus(r, q, channel), applyGate(rho, g)), zeroDensity(n));
}
function confusion(p01: number[], p10: number[]): number[][] {
  const dim = 1 << p01.length;
  const m: number[][] = [];
  for (let r = 0; r < dim; r++) {
    m.push([]);
    for (let t = 0; t < dim; t++) {
      let e = 1;
      for (let q = 0; q < p01.length; q++) {
        const rb = (r >> q) & 1, tb = (t >> q) & 1;
        e *= tb === 0 ? (rb ? p01[q]! : 1 - p01[q]!) : (rb ? 1 - p10[q]! : p10[q]!);
      }
      m[r]!.push(e);
    }
  }
  return m;
}
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): number[] {
  const m = confusion(p01, p10);
  return m.map((row) => row.reduce((s, e, t) => s + e * probs[t]!, 0));
}
function solve(a: number[][], b: number[]): number[] {
  const n = b.length; const A = a.map((r, i) => [...r, b[i]!]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[piv]![col]!)) piv = r;
    [A[col], A[piv]] = [A[piv]!, A[col]!];
    for (let r = 0; r < n; r++) if (r !== col) {
      const f = A[r]![col]! / A[col]![col]!;
      for (let k = col; k <= n; k++) A[r]![k]! -= f * A[col]![k]!;
    }
  }
  return A.map((row, i) => row[n]! / row[i]!);
}
export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): number[] {
  const x = solve(confusion(p01, p10), Array.from(measured)).map((v) => Math.max(0, v));
  const s = x.reduce((a, b) => a + b, 0);
  return x.map((v) => v / s);
}
