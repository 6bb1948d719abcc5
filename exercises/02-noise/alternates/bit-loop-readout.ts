// Correct, differently: readout error and its inverse computed outcome by outcome as products over qubits
// (summing over all true outcomes), with the channels taken from the reference shape but written inline.
import { applyGate, applyKraus, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from '../density';

export function bitFlipKraus(p: number): Mat2[] {
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p);
  return [[[[a, 0], [0, 0]], [[0, 0], [a, 0]]], [[[0, 0], [b, 0]], [[b, 0], [0, 0]]]];
}
export function depolarizingKraus(p: number): Mat2[] {
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p / 3);
  return [
    [[[a, 0], [0, 0]], [[0, 0], [a, 0]]],
    [[[0, 0], [b, 0]], [[b, 0], [0, 0]]],
    [[[0, 0], [0, -b]], [[0, b], [0, 0]]],
    [[[b, 0], [0, 0]], [[0, 0], [-b, 0]]],
  ];
}
export const qiskitLambdaToP = (l: number) => (3 / 4) * l;
export function amplitudeDampingKraus(gamma: number): Mat2[] {
  return [[[[1, 0], [0, 0]], [[0, 0], [Math.sqrt(1 - gamma), 0]]], [[[0, 0], [Math.sqrt(gamma), 0]], [[0, 0], [0, 0]]]];
}
export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  let rho = zeroDensity(n);
  for (const g of gates) {
    rho = applyGate(rho, g);
    const touched = g.kind === 'one' ? [g.qubit] : [g.control, g.target];
    for (const q of touched) rho = applyKraus(rho, q, channel);
  }
  return rho;
}

/** P(read r | true t) for one qubit, or its inverse matrix entry when inverse is true. */
function entry(q: number, r: number, t: number, p01: number[], p10: number[], inverse: boolean): number {
  const m = [[1 - p01[q]!, p10[q]!], [p01[q]!, 1 - p10[q]!]];
  if (!inverse) return m[r]![t]!;
  const det = m[0]![0]! * m[1]![1]! - m[0]![1]! * m[1]![0]!;
  const inv = [[m[1]![1]! / det, -m[0]![1]! / det], [-m[1]![0]! / det, m[0]![0]! / det]];
  return inv[r]![t]!;
}
function transform(v: ArrayLike<number>, p01: number[], p10: number[], inverse: boolean): number[] {
  const n = p01.length;
  return Array.from({ length: v.length }, (_, r) => {
    let s = 0;
    for (let t = 0; t < v.length; t++) {
      let w = 1;
      for (let q = 0; q < n; q++) w *= entry(q, (r >> q) & 1, (t >> q) & 1, p01, p10, inverse);
      s += w * v[t]!;
    }
    return s;
  });
}
export const applyReadoutError = (probs: ArrayLike<number>, p01: number[], p10: number[]) => transform(probs, p01, p10, false);
export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): number[] {
  const clipped = transform(measured, p01, p10, true).map((x) => Math.max(x, 0));
  const total = clipped.reduce((a, b) => a + b, 0);
  return clipped.map((x) => x / total);
}
