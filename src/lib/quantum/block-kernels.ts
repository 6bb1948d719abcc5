/**
 * Kernels that apply one dense k-qubit block (the product of several gates, built by ./fuse.ts) in a single pass over
 * the state. This file imports nothing and uses only erasable TypeScript, on purpose: the thread workers
 * (./block.worker.ts) load it by URL, and Node strips its types without a bundler or loader.
 *
 * Matrix basis: bit j of a row/column index belongs to wires[j], wires in ascending order (the fuser sorts them), so
 * local index l maps to the state offset OR of (1 << wires[j]) over the set bits j of l. The matrix is row-major,
 * real and imaginary parts in separate arrays of length 4^k.
 *
 * Every kernel works on a range [from, to) of "group" counters: group g is the set of 2^k amplitudes sharing all bits
 * outside the block's wires, found by inserting zero bits at the wires into g. Groups never overlap, so threads can
 * split the range between them with no locking inside a block.
 */

/**
 * The index arithmetic of every state-vector kernel, here and in ./gates.ts (which imports lowMasks from here, since
 * this file must import nothing). insertZeroBit(k, (1 << b) - 1) spreads k's bits around a zero bit at position b: the
 * bits of k below b stay, the rest move up one. Inserting at fixed positions in ascending order turns a counter
 * over the free bits into the index of the first amplitude of its pair or group. A mask of -1 inserts nothing.
 *
 * The hot loops (apply2, apply2x2 here, the kernels in ./gates.ts) spell this expression out instead of calling it,
 * a deliberate copy: calling it inside apply2x2's loops measured 3 to 19% slower at 16 and 20 qubits (one
 * interleaved run against the inline form, under tsx, shared machine), and from ./gates.ts, across the module
 * boundary, runCircuit became about 10 times slower. Per-group code that is not that hot (groupBase) calls it.
 */
export function insertZeroBit(k: number, low: number): number {
  return ((k & ~low) << 1) | (k & low);
}

/**
 * For up to 3 fixed bit positions (any order), the masks (1 << b) - 1 in ascending order of b; unused slots are -1,
 * for which insertZeroBit is the identity, so one loop body serves 1, 2 and 3 fixed bits.
 */
export function lowMasks(fixedBits: readonly number[]): [number, number, number] {
  const sorted = [...fixedBits].sort((a, b) => a - b);
  const m = (k: number) => (k < sorted.length ? (1 << sorted[k]!) - 1 : -1);
  return [m(0), m(1), m(2)];
}

/** Spreads g's bits around zero bits at the (ascending) positions in `wires`. */
function groupBase(g: number, wires: readonly number[]): number {
  let i = g;
  for (let j = 0; j < wires.length; j++) i = insertZeroBit(i, (1 << wires[j]!) - 1);
  return i;
}

/**
 * Dense two-qubit block, unrolled with the 16 complex entries in locals. Measured at 20 qubits (best of 30 passes,
 * shared machine) it takes about 2.3 times a one-qubit pass, so the fuser only picks it where that pays.
 */
function apply2(re: Float64Array, im: Float64Array, w0: number, w1: number, mr: Float64Array, mi: Float64Array, from: number, to: number): void {
  const s0 = 1 << w0, s1 = 1 << w1;
  const [l0, l1] = lowMasks([w0, w1]);
  const r00 = mr[0]!, r01 = mr[1]!, r02 = mr[2]!, r03 = mr[3]!, r10 = mr[4]!, r11 = mr[5]!, r12 = mr[6]!, r13 = mr[7]!;
  const r20 = mr[8]!, r21 = mr[9]!, r22 = mr[10]!, r23 = mr[11]!, r30 = mr[12]!, r31 = mr[13]!, r32 = mr[14]!, r33 = mr[15]!;
  const i00 = mi[0]!, i01 = mi[1]!, i02 = mi[2]!, i03 = mi[3]!, i10 = mi[4]!, i11 = mi[5]!, i12 = mi[6]!, i13 = mi[7]!;
  const i20 = mi[8]!, i21 = mi[9]!, i22 = mi[10]!, i23 = mi[11]!, i30 = mi[12]!, i31 = mi[13]!, i32 = mi[14]!, i33 = mi[15]!;
  for (let g = from; g < to; g++) {
    let a = ((g & ~l0) << 1) | (g & l0);
    a = ((a & ~l1) << 1) | (a & l1);
    const b = a | s0, c = a | s1, d = b | s1;
    const ar = re[a]!, ai = im[a]!, br = re[b]!, bi = im[b]!, cr = re[c]!, ci = im[c]!, dr = re[d]!, di = im[d]!;
    re[a] = r00 * ar - i00 * ai + r01 * br - i01 * bi + r02 * cr - i02 * ci + r03 * dr - i03 * di;
    im[a] = r00 * ai + i00 * ar + r01 * bi + i01 * br + r02 * ci + i02 * cr + r03 * di + i03 * dr;
    re[b] = r10 * ar - i10 * ai + r11 * br - i11 * bi + r12 * cr - i12 * ci + r13 * dr - i13 * di;
    im[b] = r10 * ai + i10 * ar + r11 * bi + i11 * br + r12 * ci + i12 * cr + r13 * di + i13 * dr;
    re[c] = r20 * ar - i20 * ai + r21 * br - i21 * bi + r22 * cr - i22 * ci + r23 * dr - i23 * di;
    im[c] = r20 * ai + i20 * ar + r21 * bi + i21 * br + r22 * ci + i22 * cr + r23 * di + i23 * dr;
    re[d] = r30 * ar - i30 * ai + r31 * br - i31 * bi + r32 * cr - i32 * ci + r33 * dr - i33 * di;
    im[d] = r30 * ai + i30 * ar + r31 * bi + i31 * br + r32 * ci + i32 * cr + r33 * di + i33 * dr;
  }
}

/**
 * Two-qubit block that never mixes the two values of wire `c` (block-diagonal in c): A acts on wire t where c is 0,
 * B where c is 1. Every controlled gate is of this form, and so is a controlled gate with single-qubit gates on its
 * target folded in (a CX ladder step plus the rotation before it). It costs what a one-qubit pass costs, half the
 * arithmetic of the dense 4x4. Entries: a = [re00, re01, re10, re11, im00, im01, im10, im11], likewise b.
 */
function applyPairRange(
  re: Float64Array, im: Float64Array, c: number, t: number, a: Float64Array, b: Float64Array, from: number, to: number,
): void {
  // Two sweeps, one per value of the fixed wire, rather than both halves in one loop: with both matrices live the
  // loop ran out of registers and took 1.8 times as long per amplitude pair (measured at 20 qubits).
  apply2x2(re, im, t, c, 0, a, from, to);
  apply2x2(re, im, t, c, 1, b, from, to);
}

/**
 * A 2x2 m = [re00, re01, re10, re11, im00, im01, im10, im11] on wire t, only where wire c has value v (c < 0: everywhere).
 * Groups count the pairs left after inserting zero bits at t (and c). The rotations the course's circuits use have
 * half their entries zero (ry is real, rz diagonal, rx real on the diagonal and imaginary off it; folded into a CX,
 * the rows swap), so each such pattern gets a loop with 8 multiplications a pair instead of 16; skipping the zeros
 * is exact, so results are unchanged.
 */
function apply2x2(re: Float64Array, im: Float64Array, t: number, c: number, v: number, m: Float64Array, from: number, to: number): void {
  const st = 1 << t;
  const sc = c >= 0 ? 1 << c : 0;
  const [lo, hi] = lowMasks(c >= 0 ? [t, c] : [t]);
  const set = v ? sc : 0;
  const ar = m[0]!, br = m[1]!, cr = m[2]!, dr = m[3]!, ai = m[4]!, bi = m[5]!, ci = m[6]!, di = m[7]!;
  const realPart = ai === 0 && bi === 0 && ci === 0 && di === 0;
  if (realPart && ar === 1 && br === 0 && cr === 0 && dr === 1) return;
  const diag = br === 0 && bi === 0 && cr === 0 && ci === 0;
  const anti = ar === 0 && ai === 0 && dr === 0 && di === 0;
  if (realPart) {
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = ar * xr + br * yr;
      im[i] = ar * xi + br * yi;
      re[j] = cr * xr + dr * yr;
      im[j] = cr * xi + dr * yi;
    }
  } else if (diag) {
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = ar * xr - ai * xi;
      im[i] = ar * xi + ai * xr;
      re[j] = dr * yr - di * yi;
      im[j] = dr * yi + di * yr;
    }
  } else if (anti) {
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = br * yr - bi * yi;
      im[i] = br * yi + bi * yr;
      re[j] = cr * xr - ci * xi;
      im[j] = cr * xi + ci * xr;
    }
  } else if (ai === 0 && di === 0 && br === 0 && cr === 0) {
    // rx-like: real diagonal, imaginary off-diagonal.
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = ar * xr - bi * yi;
      im[i] = ar * xi + bi * yr;
      re[j] = dr * yr - ci * xi;
      im[j] = dr * yi + ci * xr;
    }
  } else if (ar === 0 && dr === 0 && bi === 0 && ci === 0) {
    // rx-like with its rows swapped: imaginary diagonal, real off-diagonal.
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = br * yr - ai * xi;
      im[i] = br * yi + ai * xr;
      re[j] = cr * xr - di * yi;
      im[j] = cr * xi + di * yr;
    }
  } else {
    for (let g = from; g < to; g++) {
      let i = ((g & ~lo) << 1) | (g & lo);
      i = (((i & ~hi) << 1) | (i & hi)) | set;
      const j = i | st;
      const xr = re[i]!, xi = im[i]!, yr = re[j]!, yi = im[j]!;
      re[i] = ar * xr - ai * xi + br * yr - bi * yi;
      im[i] = ar * xi + ai * xr + br * yi + bi * yr;
      re[j] = cr * xr - ci * xi + dr * yr - di * yi;
      im[j] = cr * xi + ci * xr + dr * yi + di * yr;
    }
  }
}

/**
 * Any k: gather the group's 2^k amplitudes, multiply by the matrix, scatter back. Measured at 20 qubits, 3 wires cost
 * about 11 one-qubit passes and 4 wires about 17, more than the gates such a block replaces, so the fuser builds them
 * only for gates that are that wide anyway (ccx) when a runner needs every step as a block.
 */
function applyK(re: Float64Array, im: Float64Array, wires: readonly number[], mr: Float64Array, mi: Float64Array, from: number, to: number): void {
  const size = 1 << wires.length;
  const offset = new Int32Array(size);
  for (let l = 0; l < size; l++) {
    let o = 0;
    for (let j = 0; j < wires.length; j++) if ((l >> j) & 1) o |= 1 << wires[j]!;
    offset[l] = o;
  }
  const xr = new Float64Array(size);
  const xi = new Float64Array(size);
  for (let g = from; g < to; g++) {
    const base = groupBase(g, wires);
    for (let l = 0; l < size; l++) {
      xr[l] = re[base | offset[l]!]!;
      xi[l] = im[base | offset[l]!]!;
    }
    for (let r = 0; r < size; r++) {
      let sr = 0, si = 0;
      const row = r * size;
      for (let c = 0; c < size; c++) {
        const pr = mr[row + c]!, pi = mi[row + c]!, vr = xr[c]!, vi = xi[c]!;
        sr += pr * vr - pi * vi;
        si += pr * vi + pi * vr;
      }
      const idx = base | offset[r]!;
      re[idx] = sr;
      im[idx] = si;
    }
  }
}

/** A one-qubit block: m = [re00, re01, re10, re11, im00, im01, im10, im11]. */
export interface OneStep { kind: 'one'; wire: number; m: Float64Array; gates: number }
/** A two-qubit block that keeps wire `control` fixed: `a` acts on `target` where control is 0, `b` where it is 1. */
export interface PairStep { kind: 'pair'; control: number; target: number; a: Float64Array; b: Float64Array; gates: number }
/** Any block: ascending wires, bit j of an index belongs to wires[j], 4^k row-major entries. */
export interface DenseStep { kind: 'dense'; wires: number[]; re: Float64Array; im: Float64Array; gates: number }
export type KernelStep = OneStep | PairStep | DenseStep;

/** How many independent groups a step splits the state into (the range threads divide). */
export function stepGroups(numQubits: number, s: KernelStep): number {
  const k = s.kind === 'one' ? 1 : s.kind === 'pair' ? 2 : s.wires.length;
  return 2 ** (numQubits - k);
}

/** Applies a step to groups [from, to) of the state, in place. */
export function applyStepRange(re: Float64Array, im: Float64Array, s: KernelStep, from: number, to: number): void {
  if (s.kind === 'one') apply2x2(re, im, s.wire, -1, 0, s.m, from, to);
  else if (s.kind === 'pair') applyPairRange(re, im, s.control, s.target, s.a, s.b, from, to);
  else if (s.wires.length === 2) apply2(re, im, s.wires[0]!, s.wires[1]!, s.re, s.im, from, to);
  else applyK(re, im, s.wires, s.re, s.im, from, to);
}

/**
 * Waits until all `parties` threads have arrived. ctl[0] counts generations, ctl[1] arrivals; the last to arrive
 * resets the count and wakes the rest. A short spin first: a pass at 16 to 22 qubits takes 0.1 to 5 ms, and waking
 * from Atomics.wait costs tens of microseconds; but on a machine with fewer free cores than threads, spinning steals
 * the core the others need, so it gives up quickly.
 */
export function barrier(ctl: Int32Array, parties: number): void {
  const gen = Atomics.load(ctl, 0);
  if (Atomics.add(ctl, 1, 1) === parties - 1) {
    Atomics.store(ctl, 1, 0);
    Atomics.add(ctl, 0, 1);
    Atomics.notify(ctl, 0);
    return;
  }
  for (let spin = 0; spin < 2000; spin++) if (Atomics.load(ctl, 0) !== gen) return;
  while (Atomics.load(ctl, 0) === gen) Atomics.wait(ctl, 0, gen);
}

/**
 * Thread `index` of `parties` runs its share of every step: the groups [G·index/parties, G·(index+1)/parties), then
 * waits for the others before the next step, since a step reads amplitudes another thread wrote in the step before.
 */
export function runShare(
  re: Float64Array, im: Float64Array, numQubits: number, steps: readonly KernelStep[], index: number, parties: number, ctl: Int32Array,
): void {
  for (const s of steps) {
    const groups = stepGroups(numQubits, s);
    applyStepRange(re, im, s, Math.floor((groups * index) / parties), Math.floor((groups * (index + 1)) / parties));
    barrier(ctl, parties);
  }
}
