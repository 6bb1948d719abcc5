/**
 * The gate table. Every gate declares a reference matrix beside its fast kernel; one sweep test checks that the two
 * agree and that every matrix is unitary. Semantics follow OpenQASM 2 / quantum-circuit, global phase included.
 *
 * Reference-matrix basis: for a gate on wires [w0, w1, ...], bit j of the row/column index belongs to wires[j]
 * (little-endian, like the state vector). Controlled gates list controls first and the target last. Example: cx on
 * wires [control, target] has local index = control + 2·target, so its matrix swaps local states 1 and 3. That is
 * the textbook CNOT matrix with the qubit order reversed; it is chosen so the same index arithmetic serves the
 * matrix and the state.
 */
import { lowMasks } from './block-kernels';
import { zeroMatrix, type ComplexMatrix } from './complex-matrix';
import type { GateName, StateVector } from './types';

/** A 2x2 complex matrix as [re00, im00, re01, im01, re10, im10, re11, im11]. */
export type Mat2 = readonly [number, number, number, number, number, number, number, number];

export interface GateSpec {
  name: GateName;
  /** Number of wires the gate acts on (controls included). */
  qubits: number;
  /** Number of angle parameters, in radians. */
  params: number;
  /** The gate's unitary in the little-endian local basis described above. */
  matrix(params: readonly number[]): ComplexMatrix;
  /** Applies the gate to a state in place (the fast path). Checks nothing: applyGate and runCircuit validate. */
  apply(state: StateVector, wires: readonly number[], params: readonly number[]): void;
}

const S2 = Math.SQRT1_2;
const cis = (a: number): [number, number] => [Math.cos(a), Math.sin(a)];

/**
 * Index arithmetic shared by the kernels. A gate with target t and controls C touches only the basis states whose
 * control bits are all 1, in pairs (i, i | 1 << t) with bit t of i clear. Rather than scan all 2^n indices and
 * skip most of them, the kernels count k = 0, 1, 2, ... over the free bits and spread k's bits around the fixed
 * ones ("insert a zero bit"). Measured at 20 qubits, this single flat loop was about 3x faster than nested
 * base/offset loops for target 0 (whose inner loop is 1 long) and as fast for high targets; for controlled gates
 * it also skips the 1/2 or 3/4 of the pairs the controls rule out instead of testing them.
 *
 * The masks come from lowMasks and the insertion step is insertZeroBit, both in ./block-kernels.ts (the lowest
 * file: it imports nothing, so workers can load it by URL). The loops below spell insertZeroBit out, a deliberate
 * copy: calling it across the module boundary inside the loop made runCircuit about 10 times slower (measured at
 * 16 and 20 qubits under tsx).
 */

/**
 * The commonest case, an uncontrolled gate, gets its own loop: one zero-bit insertion per pair instead of three, and
 * for real matrices (h, x, ry) half the multiplications. Measured side by side on the benchmark circuits (random
 * rotations and a CX ladder), the cost per amplitude pair fell from 2.6 to 2.2 ns at 12 qubits and from 2.35 to
 * 1.97 ns at 16; the general loop below still serves controlled gates.
 */
function applyMat2Uncontrolled(state: StateVector, target: number, m: Mat2): void {
  const { re, im } = state;
  const step = 1 << target;
  const low = step - 1;
  const count = re.length >> 1;
  const ar = m[0], ai = m[1], br = m[2], bi = m[3], cr = m[4], ci = m[5], dr = m[6], di = m[7];
  if (ai === 0 && bi === 0 && ci === 0 && di === 0) {
    for (let k = 0; k < count; k++) {
      const i = ((k & ~low) << 1) | (k & low);
      const j = i | step;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = ar * xr + br * yr;
      im[i] = ar * xi + br * yi;
      re[j] = cr * xr + dr * yr;
      im[j] = cr * xi + dr * yi;
    }
    return;
  }
  for (let k = 0; k < count; k++) {
    const i = ((k & ~low) << 1) | (k & low);
    const j = i | step;
    const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
    re[i] = ar * xr - ai * xi + br * yr - bi * yi;
    im[i] = ar * xi + ai * xr + br * yi + bi * yr;
    re[j] = cr * xr - ci * xi + dr * yr - di * yi;
    im[j] = cr * xi + ci * xr + dr * yi + di * yr;
  }
}

/** Applies a 2x2 matrix to `target`, only on basis states whose `controls` (bit positions, at most 2) are all 1. */
export function applyMat2(state: StateVector, target: number, m: Mat2, controls: readonly number[] = []): void {
  if (controls.length === 0) {
    applyMat2Uncontrolled(state, target, m);
    return;
  }
  const { re, im } = state;
  const step = 1 << target;
  let cmask = 0;
  for (const c of controls) cmask |= 1 << c;
  const masks = lowMasks([target, ...controls]);
  const l0 = masks[0], l1 = masks[1], l2 = masks[2];
  const count = re.length >> (controls.length + 1);
  const ar = m[0], ai = m[1], br = m[2], bi = m[3], cr = m[4], ci = m[5], dr = m[6], di = m[7];
  for (let k = 0; k < count; k++) {
    let i = ((k & ~l0) << 1) | (k & l0);
    i = ((i & ~l1) << 1) | (i & l1);
    i = ((i & ~l2) << 1) | (i & l2);
    i |= cmask;
    const j = i | step;
    const xr = re[i]!;
    const xi = im[i]!;
    const yr = re[j]!;
    const yi = im[j]!;
    re[i] = ar * xr - ai * xi + br * yr - bi * yi;
    im[i] = ar * xi + ai * xr + br * yi + bi * yr;
    re[j] = cr * xr - ci * xi + dr * yr - di * yi;
    im[j] = cr * xi + ci * xr + dr * yi + di * yr;
  }
}

/**
 * Diagonal gates (z, s, t, rz, p and their controlled forms) multiply each amplitude by one phase and never mix
 * pairs. When the |0> entry is 1, as for every gate here except rz, the |0> half is left untouched.
 */
function applyDiag(state: StateVector, target: number, m: Mat2, controls: readonly number[] = []): void {
  const { re, im } = state;
  const ar = m[0], ai = m[1], dr = m[6], di = m[7];
  const touchZero = !(ar === 1 && ai === 0);
  const touchOne = !(dr === 1 && di === 0);
  if (!touchZero && !touchOne) return;
  const step = 1 << target;
  let cmask = 0;
  for (const c of controls) cmask |= 1 << c;
  const masks = lowMasks([target, ...controls]);
  const l0 = masks[0], l1 = masks[1], l2 = masks[2];
  const count = re.length >> (controls.length + 1);
  for (let k = 0; k < count; k++) {
    let i = ((k & ~l0) << 1) | (k & l0);
    i = ((i & ~l1) << 1) | (i & l1);
    i = ((i & ~l2) << 1) | (i & l2);
    i |= cmask;
    if (touchZero) {
      const xr = re[i]!;
      const xi = im[i]!;
      re[i] = ar * xr - ai * xi;
      im[i] = ar * xi + ai * xr;
    }
    if (touchOne) {
      const j = i | step;
      const yr = re[j]!;
      const yi = im[j]!;
      re[j] = dr * yr - di * yi;
      im[j] = dr * yi + di * yr;
    }
  }
}

/** Exchanges qubits a and b: only amplitudes whose two bits differ move (|..0..1..> <-> |..1..0..>). */
function swapKernel(state: StateVector, a: number, b: number): void {
  const { re, im } = state;
  const ba = 1 << a;
  const bb = 1 << b;
  const [l0, l1] = lowMasks([a, b]);
  const count = re.length >> 2;
  for (let k = 0; k < count; k++) {
    let base = ((k & ~l0) << 1) | (k & l0);
    base = ((base & ~l1) << 1) | (base & l1);
    const i = base | ba;
    const j = base | bb;
    const tr = re[i]!;
    const ti = im[i]!;
    re[i] = re[j]!;
    im[i] = im[j]!;
    re[j] = tr;
    im[j] = ti;
  }
}

/** Reference matrix of a controlled 2x2 gate: controls on local bits 0..k-2, target on bit k-1. */
function controlledMatrix(m: Mat2, controls: number): ComplexMatrix {
  const size = 1 << (controls + 1);
  const out = zeroMatrix(size);
  const cmask = (1 << controls) - 1;
  const tbit = 1 << controls;
  for (let i = 0; i < size; i++) {
    if ((i & cmask) !== cmask) {
      out.re[i * size + i] = 1;
      continue;
    }
    const t = (i & tbit) !== 0 ? 1 : 0;
    for (let u = 0; u < 2; u++) {
      const j = (i & ~tbit) | (u ? tbit : 0);
      out.re[i * size + j] = m[(t * 2 + u) * 2]!;
      out.im[i * size + j] = m[(t * 2 + u) * 2 + 1]!;
    }
  }
  return out;
}

function swapMatrix(): ComplexMatrix {
  const out = zeroMatrix(4);
  for (const [r, c] of [[0, 0], [1, 2], [2, 1], [3, 3]] as const) out.re[r * 4 + c] = 1;
  return out;
}

const NO_CONTROLS: readonly number[] = [];

/** Defines a (possibly controlled) single-target gate from its 2x2 matrix. */
function targetGate(name: GateName, controls: number, params: number, mat: (p: readonly number[]) => Mat2, diagonal = false): GateSpec {
  return {
    name,
    qubits: controls + 1,
    params,
    matrix: (p) => controlledMatrix(mat(p), controls),
    apply(state, wires, p) {
      const kernel = diagonal ? applyDiag : applyMat2;
      kernel(state, wires[controls]!, mat(p), controls === 0 ? NO_CONTROLS : wires.slice(0, controls));
    },
  };
}

const c = (a: number) => Math.cos(a / 2);
const s = (a: number) => Math.sin(a / 2);

/** The 2x2 matrix of every single-target gate; controlled gates reuse their target's entry. */
const MAT = {
  id: () => [1, 0, 0, 0, 0, 0, 1, 0],
  x: () => [0, 0, 1, 0, 1, 0, 0, 0],
  y: () => [0, 0, 0, -1, 0, 1, 0, 0],
  z: () => [1, 0, 0, 0, 0, 0, -1, 0],
  h: () => [S2, 0, S2, 0, S2, 0, -S2, 0],
  s: () => [1, 0, 0, 0, 0, 0, 0, 1],
  sdg: () => [1, 0, 0, 0, 0, 0, 0, -1],
  t: () => [1, 0, 0, 0, 0, 0, S2, S2],
  tdg: () => [1, 0, 0, 0, 0, 0, S2, -S2],
  sx: () => [0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5],
  rx: ([t = 0]) => [c(t), 0, 0, -s(t), 0, -s(t), c(t), 0],
  ry: ([t = 0]) => [c(t), 0, -s(t), 0, s(t), 0, c(t), 0],
  rz: ([t = 0]) => [c(t), -s(t), 0, 0, 0, 0, c(t), s(t)],
  p: ([l = 0]) => [1, 0, 0, 0, 0, 0, ...cis(l)],
  u3: ([t = 0, ph = 0, l = 0]) => {
    const [lr, li] = cis(l);
    const [pr, pi] = cis(ph);
    const [qr, qi] = cis(ph + l);
    return [c(t), 0, -lr * s(t), -li * s(t), pr * s(t), pi * s(t), qr * c(t), qi * c(t)];
  },
} satisfies Record<string, (p: readonly number[]) => Mat2>;

const pick = (k: keyof typeof MAT): ((p: readonly number[]) => Mat2) => MAT[k];

export const GATES: Record<GateName, GateSpec> = {
  id: targetGate('id', 0, 0, pick('id'), true),
  x: targetGate('x', 0, 0, pick('x')),
  y: targetGate('y', 0, 0, pick('y')),
  z: targetGate('z', 0, 0, pick('z'), true),
  h: targetGate('h', 0, 0, pick('h')),
  s: targetGate('s', 0, 0, pick('s'), true),
  sdg: targetGate('sdg', 0, 0, pick('sdg'), true),
  t: targetGate('t', 0, 0, pick('t'), true),
  tdg: targetGate('tdg', 0, 0, pick('tdg'), true),
  sx: targetGate('sx', 0, 0, pick('sx')),
  rx: targetGate('rx', 0, 1, pick('rx')),
  ry: targetGate('ry', 0, 1, pick('ry')),
  rz: targetGate('rz', 0, 1, pick('rz'), true),
  p: targetGate('p', 0, 1, pick('p'), true),
  u3: targetGate('u3', 0, 3, pick('u3')),
  cx: targetGate('cx', 1, 0, pick('x')),
  cy: targetGate('cy', 1, 0, pick('y')),
  cz: targetGate('cz', 1, 0, pick('z'), true),
  ch: targetGate('ch', 1, 0, pick('h')),
  crx: targetGate('crx', 1, 1, pick('rx')),
  cry: targetGate('cry', 1, 1, pick('ry')),
  crz: targetGate('crz', 1, 1, pick('rz'), true),
  cp: targetGate('cp', 1, 1, pick('p'), true),
  ccx: targetGate('ccx', 2, 0, pick('x')),
  swap: {
    name: 'swap',
    qubits: 2,
    params: 0,
    matrix: () => swapMatrix(),
    apply: (state, wires) => swapKernel(state, wires[0]!, wires[1]!),
  },
};
