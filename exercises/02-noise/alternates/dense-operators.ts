// Correct, by another algorithm for runNoisy: every gate and every Kraus operator is expanded to a full 2^n x 2^n
// complex matrix and applied as ρ → U ρ U†, Σ K ρ K† (no density.ts helpers); depolarizing written as the
// Bloch-shrink mixture (1 − 4p/3) ρ + (4p/3) I/2 in Kraus form, amplitude damping and bit flip written out.
// Readout and mitigation reuse the reference's per-qubit route (the other alternates cover those).
import type { DensityMatrix, Gate, Mat2 } from '../density';
export { applyReadoutError, mitigateReadout } from '../solution/noise';

type C = [number, number];
type Full = C[][];
const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const k2 = (a: number, b: number, c: number, d: number, ai = 0, bi = 0, ci = 0, di = 0): Mat2 => [[[a, ai], [b, bi]], [[c, ci], [d, di]]];

export const bitFlipKraus = (p: number): Mat2[] => [k2(Math.sqrt(1 - p), 0, 0, Math.sqrt(1 - p)), k2(0, Math.sqrt(p), Math.sqrt(p), 0)];
export function depolarizingKraus(p: number): Mat2[] {
  // (1 − p) ρ + (p/3)(XρX + YρY + ZρZ): the same channel as (1 − 4p/3) ρ + (4p/3) I/2.
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p / 3);
  return [k2(a, 0, 0, a), k2(0, b, b, 0), k2(0, 0, 0, 0, 0, -b, b, 0), k2(b, 0, 0, -b)];
}
export const qiskitLambdaToP = (lambda: number) => lambda - lambda / 4;
export const amplitudeDampingKraus = (g: number): Mat2[] => [k2(1, 0, 0, Math.sqrt(1 - g)), k2(0, Math.sqrt(g), 0, 0)];

function zerosFull(dim: number): Full {
  return Array.from({ length: dim }, () => Array.from({ length: dim }, (): C => [0, 0]));
}
/** The 2x2 matrix m on qubit q of n: entry (r, c) is m[bit q of r][bit q of c] when the other bits agree. */
function embedOne(m: Mat2, q: number, n: number): Full {
  const dim = 1 << n;
  const out = zerosFull(dim);
  for (let r = 0; r < dim; r++)
    for (let c = 0; c < dim; c++) if ((r & ~(1 << q)) === (c & ~(1 << q))) out[r]![c] = [...m[(r >> q) & 1]![(c >> q) & 1]!] as C;
  return out;
}
function cnot(control: number, target: number, n: number): Full {
  const dim = 1 << n;
  const out = zerosFull(dim);
  for (let c = 0; c < dim; c++) out[(c >> control) & 1 ? c ^ (1 << target) : c]![c] = [1, 0];
  return out;
}
function mul(a: Full, b: Full): Full {
  const dim = a.length;
  const out = zerosFull(dim);
  for (let i = 0; i < dim; i++)
    for (let k = 0; k < dim; k++) {
      const x = a[i]![k]!;
      if (x[0] === 0 && x[1] === 0) continue;
      for (let j = 0; j < dim; j++) {
        const y = cmul(x, b[k]![j]!);
        out[i]![j]![0] += y[0];
        out[i]![j]![1] += y[1];
      }
    }
  return out;
}
const adjoint = (a: Full): Full => a.map((row, i) => row.map((_, j): C => [a[j]![i]![0], -a[j]![i]![1]]));
const sandwich = (u: Full, rho: Full) => mul(mul(u, rho), adjoint(u));

export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  const dim = 1 << n;
  let rho = zerosFull(dim);
  rho[0]![0] = [1, 0];
  for (const g of gates) {
    rho = sandwich(g.kind === 'one' ? embedOne(g.matrix, g.qubit, n) : cnot(g.control, g.target, n), rho);
    for (const q of g.kind === 'one' ? [g.qubit] : [g.target, g.control]) {
      const terms = channel.map((k) => sandwich(embedOne(k, q, n), rho));
      rho = terms.reduce((acc, t) => acc.map((row, i) => row.map((x, j): C => [x[0] + t[i]![j]![0], x[1] + t[i]![j]![1]])), zerosFull(dim));
    }
  }
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) [re[i * dim + j], im[i * dim + j]] = rho[i]![j]!;
  return { n, re, im };
}
