// Correct, differently: builds Kraus matrices from Pauli lists, runs the noise per qubit in descending order, and
// handles readout with the full 2^n x 2^n confusion matrix and Gaussian elimination instead of per-qubit inverses.
import { applyGate, applyKraus, gateQubits, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from '../density';

const PAULI: Record<'I' | 'X' | 'Y' | 'Z', Mat2> = {
  I: [[[1, 0], [0, 0]], [[0, 0], [1, 0]]],
  X: [[[0, 0], [1, 0]], [[1, 0], [0, 0]]],
  Y: [[[0, 0], [0, -1]], [[0, 1], [0, 0]]],
  Z: [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]],
};
const times = (w: number, m: Mat2) => m.map((r) => r.map((c) => c.map((x) => x * Math.sqrt(w)))) as Mat2;

export const bitFlipKraus = (p: number): Mat2[] => [times(1 - p, PAULI.I), times(p, PAULI.X)];
export const depolarizingKraus = (p: number): Mat2[] => [times(1 - p, PAULI.I), ...(['X', 'Y', 'Z'] as const).map((k) => times(p / 3, PAULI[k]))];
export const qiskitLambdaToP = (lambda: number) => lambda * 0.75;
export const amplitudeDampingKraus = (g: number): Mat2[] => [
  [[[1, 0], [0, 0]], [[0, 0], [Math.sqrt(1 - g), 0]]],
  [[[0, 0], [Math.sqrt(g), 0]], [[0, 0], [0, 0]]],
];

export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  return gates.reduce((rho, g) => {
    // Channels on different qubits commute, so the order over qubits does not matter.
    let next = applyGate(rho, g);
    for (const q of [...gateQubits(g)].sort((a, b) => b - a)) next = applyKraus(next, q, channel);
    return next;
  }, zeroDensity(n));
}

function fullConfusion(p01: number[], p10: number[]): number[][] {
  const dim = 1 << p01.length;
  return Array.from({ length: dim }, (_, read) => Array.from({ length: dim }, (_, truth) =>
    p01.reduce((acc, _x, q) => {
      const t = (truth >> q) & 1;
      const r = (read >> q) & 1;
      const flip = t ? p10[q]! : p01[q]!;
      return acc * (t === r ? 1 - flip : flip);
    }, 1)));
}

export function applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): number[] {
  return fullConfusion(p01, p10).map((row) => row.reduce((a, c, t) => a + c * probs[t]!, 0));
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    const piv = m.slice(c).reduce((best, row, i) => (Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? i + c : best), c);
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export function mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): number[] {
  const raw = solve(fullConfusion(p01, p10), Array.from(measured)).map((x) => (x > 0 ? x : 0));
  const s = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / s);
}
