// A small dense complex-matrix kit for the reader's tests, independent of the engine's gate table: matrices are
// written from their definitions, in the engine's little-endian basis (bit j of an index belongs to q[j]).
import { createZeroState, runCircuit, type Circuit } from '../../../src/lib/quantum';

export type C = [number, number];
export type M = C[][];

export const cx = (re: number, im = 0): C => [re, im];
export const cis = (a: number): C => [Math.cos(a), Math.sin(a)];
export const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const cadd = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];

export const fromFn = (n: number, f: (r: number, c: number) => C): M => Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => f(r, c)));
export const eye = (n: number): M => fromFn(n, (r, c) => [r === c ? 1 : 0, 0]);
export const mul = (a: M, b: M): M => fromFn(a.length, (r, c) => a[r]!.reduce<C>((s, x, k) => cadd(s, cmul(x, b[k]![c]!)), [0, 0]));
export const scale = (a: M, s: C): M => a.map((row) => row.map((x) => cmul(x, s)));
export const add = (a: M, b: M): M => a.map((row, r) => row.map((x, c) => cadd(x, b[r]![c]!)));
export const dagger = (a: M): M => fromFn(a.length, (r, c) => [a[c]![r]![0], -a[c]![r]![1]]);
/** kron(high, low): `low` acts on the low bits of the index. */
export const kron = (high: M, low: M): M =>
  fromFn(high.length * low.length, (r, c) => cmul(high[Math.floor(r / low.length)]![Math.floor(c / low.length)]!, low[r % low.length]![c % low.length]!));

/** exp(-i·t/2·P) for a Pauli product P (P² = I). */
export const pauliRotation = (p: M, t: number): M => add(scale(eye(p.length), [Math.cos(t / 2), 0]), scale(p, [0, -Math.sin(t / 2)]));

/** A 2x2 gate u on bit `target`, applied only where all the bits in `controls` are 1, on `bits` bits. */
export function controlled(u: M, controls: number[], target: number, bits: number): M {
  const cmask = controls.reduce((m, c) => m | (1 << c), 0);
  const t = 1 << target;
  return fromFn(1 << bits, (r, c) => {
    if ((c & cmask) !== cmask) return [r === c ? 1 : 0, 0];
    if ((r & ~t) !== (c & ~t)) return [0, 0];
    return u[(r & t) ? 1 : 0]![(c & t) ? 1 : 0]!;
  });
}

/** A permutation of basis states as a matrix: column c has its 1 in row perm(c). */
export const permutation = (bits: number, perm: (c: number) => number): M => fromFn(1 << bits, (r, c) => [perm(c) === r ? 1 : 0, 0]);

/** The unitary a circuit applies, column by column, from the engine run on each basis state. */
export function unitaryOf(c: Circuit): M {
  const size = 1 << c.numQubits;
  const cols = Array.from({ length: size }, (_, k) => {
    const s = createZeroState(c.numQubits);
    s.re[0] = 0;
    s.re[k] = 1;
    const out = runCircuit(c, { initial: s });
    return Array.from({ length: size }, (_, r): C => [out.re[r]!, out.im[r]!]);
  });
  return fromFn(size, (r, k) => cols[k]![r]!);
}

/** Largest entry-wise distance between a and b·e^{iφ}, with φ chosen from the largest entry of b. */
export function distanceUpToPhase(a: M, b: M): number {
  let br = 0, bc = 0, best = -1;
  b.forEach((row, r) => row.forEach((x, c) => {
    const m = Math.hypot(x[0], x[1]);
    if (m > best) [best, br, bc] = [m, r, c];
  }));
  const x = a[br]![bc]!, y = b[br]![bc]!;
  const phase = Math.atan2(x[1], x[0]) - Math.atan2(y[1], y[0]);
  const bp = scale(b, cis(phase));
  let d = 0;
  a.forEach((row, r) => row.forEach((v, c) => (d = Math.max(d, Math.hypot(v[0] - bp[r]![c]![0], v[1] - bp[r]![c]![1])))));
  return d;
}

/** The state a circuit prepares from |0…0>, from its unitary's first column. */
export const stateOf = (c: Circuit): C[] => unitaryOf(c).map((row) => row[0]!);

// Single-qubit matrices from their definitions.
const S2 = Math.SQRT1_2;
export const U = (t: number, p: number, l: number): M => [
  [[Math.cos(t / 2), 0], cmul(cis(l), [-Math.sin(t / 2), 0])],
  [cmul(cis(p), [Math.sin(t / 2), 0]), cmul(cis(p + l), [Math.cos(t / 2), 0])],
];
export const I2: M = eye(2);
export const X: M = [[[0, 0], [1, 0]], [[1, 0], [0, 0]]];
export const Y: M = [[[0, 0], [0, -1]], [[0, 1], [0, 0]]];
export const Z: M = [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]];
export const H: M = [[[S2, 0], [S2, 0]], [[S2, 0], [-S2, 0]]];
export const P = (l: number): M => [[[1, 0], [0, 0]], [[0, 0], cis(l)]];
export const RX = (t: number): M => pauliRotation(X, t);
export const RY = (t: number): M => pauliRotation(Y, t);
export const RZ = (t: number): M => pauliRotation(Z, t);
export const SX: M = [[[0.5, 0.5], [0.5, -0.5]], [[0.5, -0.5], [0.5, 0.5]]];

/** A gate u on `wires` (bit j of u's index belongs to wires[j]) as a matrix on all n qubits. */
export function embed(u: M, wires: number[], n: number): M {
  const local = (k: number) => wires.reduce((s, w, j) => s | (((k >> w) & 1) << j), 0);
  const mask = wires.reduce((m, w) => m | (1 << w), 0);
  return fromFn(1 << n, (r, c) => ((r & ~mask) !== (c & ~mask) ? [0, 0] : u[local(r)]![local(c)]!));
}

/** The state from |0…0> after the steps, each a matrix and the wires it acts on. */
export function denseState(n: number, steps: [M, number[]][]): C[] {
  let s: C[] = Array.from({ length: 1 << n }, (_, k): C => [k === 0 ? 1 : 0, 0]);
  for (const [u, w] of steps) {
    const full = embed(u, w, n);
    s = full.map((row) => row.reduce<C>((acc, x, k) => [acc[0] + x[0] * s[k]![0] - x[1] * s[k]![1], acc[1] + x[0] * s[k]![1] + x[1] * s[k]![0]], [0, 0]));
  }
  return s;
}

/** Largest distance between two states up to a global phase. */
export const stateDistance = (a: C[], b: C[]): number => distanceUpToPhase(a.map((x) => [x]), b.map((x) => [x]));
