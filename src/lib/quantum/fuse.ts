/**
 * Gate fusion: turns a circuit into fewer passes over the state. Consecutive single-qubit gates on one qubit become one
 * 2x2; a 2x2 waiting on a wire is folded into the next two-qubit gate on that wire when the result is no dearer than
 * two passes; and consecutive two-qubit gates on the same pair of wires merge. Each block's matrix is the product of
 * the gates' reference matrices (GateSpec.matrix), so fusion inherits their tested semantics.
 *
 * The choices follow measured pass costs (20 qubits, best of 30 passes, in units of one single-qubit pass): a
 * two-qubit block that keeps one wire fixed (every controlled gate, with single-qubit gates on its target folded in)
 * costs about 1.1; a dense 4x4 about 2.3; dense blocks on 3 and 4 wires about 11 and 17, more than the gates they
 * could replace, so blocks stop at two wires. On the benchmark circuits (a rotation on every qubit, then a CX ladder)
 * this turns 2n − 1 passes a layer into n.
 */
import type { DenseStep, KernelStep, OneStep, PairStep } from './block-kernels';
import { applyStepRange, stepGroups } from './block-kernels';
import { multiply } from './complex-matrix';
import { GATES } from './gates';
import { checkState, createZeroState } from './state';
import type { Circuit, GateOp, StateVector } from './types';
import { CircuitError, validateCircuit } from './validate';

export type { KernelStep, OneStep, PairStep, DenseStep };

/** One of the circuit's gates run by its own kernel (gates on more than two wires, or everything at maxQubits 1). */
export interface GateStep {
  kind: 'gate';
  op: GateOp;
  gates: 1;
}

export type FusedStep = KernelStep | GateStep;

export interface FusedProgram {
  numQubits: number;
  steps: FusedStep[];
  /** Gates in the original circuit. */
  gates: number;
}

export interface FuseOptions {
  /** 2 (the default): one- and two-qubit blocks; 1: only runs of single-qubit gates are merged. */
  maxQubits?: 1 | 2;
  /** Turn gate steps into dense blocks too, so a runner with only the block kernels (the threads) can run them. */
  blocksOnly?: boolean;
}

/** Measured pass costs, in one-qubit passes (see the comment at the top). */
const COST = { one: 1, pair: 1.1, dense: 2.3 } as const;

/**
 * Small dense matrices while fusing, in plain arrays: fusing allocates a few per gate, and allocating typed arrays
 * that small (as ComplexMatrix does) made fusion cost more than running a 12-qubit circuit (measured: 4 ms for 276
 * gates, most of it allocation and garbage collection).
 */
interface Mat {
  size: number;
  re: ArrayLike<number>;
  im: ArrayLike<number>;
}

// The one complex matrix product (./complex-matrix), same summation order, so fused blocks are unchanged.
const mul = (a: Mat, b: Mat): Mat => multiply(a, b);

/** Matrix on `blockWires` that applies `m` (a matrix on `gateWires`, a subset) and leaves the other wires alone. */
export function embedMatrix(m: Mat, gateWires: readonly number[], blockWires: readonly number[]): Mat {
  const size = 1 << blockWires.length;
  const pos = gateWires.map((w) => blockWires.indexOf(w));
  let gateMask = 0;
  for (const p of pos) gateMask |= 1 << p;
  const local = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    let l = 0;
    for (let j = 0; j < pos.length; j++) l |= ((i >> pos[j]!) & 1) << j;
    local[i] = l;
  }
  const re = new Array<number>(size * size).fill(0);
  const im = new Array<number>(size * size).fill(0);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if ((r & ~gateMask) !== (c & ~gateMask)) continue;
      const k = local[r]! * m.size + local[c]!;
      re[r * size + c] = m.re[k]!;
      im[r * size + c] = m.im[k]!;
    }
  }
  return { size, re, im };
}

/** Reference matrices of gates without angles, made once (cx alone is a third of the benchmark circuits). */
const fixedMatrices = new Map<string, Mat>();
function matrixOf(op: GateOp): Mat {
  if (GATES[op.gate].params > 0) return GATES[op.gate].matrix(op.params ?? []);
  let m = fixedMatrices.get(op.gate);
  if (!m) fixedMatrices.set(op.gate, (m = GATES[op.gate].matrix([])));
  return m;
}

/** A block being built: a matrix on `wires` (local bit j = wires[j]). */
interface Building {
  wires: number[];
  m: Mat;
  gates: number;
}

/** True when the 4x4 on [w0, w1] never mixes the two values of local bit `bit` (0 or 1). */
function keepsBit(m: Mat, bit: number): boolean {
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
    if (((r >> bit) & 1) !== ((c >> bit) & 1) && (m.re[r * 4 + c] !== 0 || m.im[r * 4 + c] !== 0)) return false;
  }
  return true;
}

/** The kernel a two-wire block needs and its cost. */
function shapeOf(b: Building): { cost: number; fixed: number } {
  if (b.wires.length === 1) return { cost: COST.one, fixed: -1 };
  if (keepsBit(b.m, 0)) return { cost: COST.pair, fixed: 0 };
  if (keepsBit(b.m, 1)) return { cost: COST.pair, fixed: 1 };
  return { cost: COST.dense, fixed: -1 };
}

function then(b: Building, m: Mat, wires: readonly number[], gates: number): Building {
  const e = wires.length === b.wires.length && wires.every((w, j) => w === b.wires[j]) ? m : embedMatrix(m, wires, b.wires);
  return { wires: b.wires, m: mul(e, b.m), gates: b.gates + gates };
}

/** The finished kernel step of a block. */
function toStep(b: Building): KernelStep {
  if (b.wires.length === 1) return { kind: 'one', wire: b.wires[0]!, m: Float64Array.from([...Array.from(b.m.re), ...Array.from(b.m.im)]), gates: b.gates };
  const { fixed } = shapeOf(b);
  if (fixed >= 0) {
    const a = new Float64Array(8);
    const bb = new Float64Array(8);
    const t = 1 - fixed;
    for (const [cv, out] of [[0, a], [1, bb]] as const) {
      for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) {
        const R = (cv << fixed) | (r << t);
        const C = (cv << fixed) | (c << t);
        out[r * 2 + c] = b.m.re[R * 4 + C]!;
        out[4 + r * 2 + c] = b.m.im[R * 4 + C]!;
      }
    }
    return { kind: 'pair', control: b.wires[fixed]!, target: b.wires[t]!, a, b: bb, gates: b.gates };
  }
  return denseStep(b);
}

function denseStep(b: Building): DenseStep {
  const sorted = [...b.wires].sort((x, y) => x - y);
  const m = embedMatrix(b.m, b.wires, sorted);
  return { kind: 'dense', wires: sorted, re: Float64Array.from(m.re), im: Float64Array.from(m.im), gates: b.gates };
}

const identity = (wires: number[]): Building => {
  const size = 1 << wires.length;
  const re = new Array<number>(size * size).fill(0);
  for (let i = 0; i < size; i++) re[i * size + i] = 1;
  return { wires, m: { size, re, im: new Array<number>(size * size).fill(0) }, gates: 0 };
};

/** Fuses a circuit (assumed valid: runFused validates) into kernel steps. */
export function fuseCircuit(c: Circuit, opts: FuseOptions = {}): FusedProgram {
  const maxK = opts.maxQubits ?? 2;
  const steps: (Building | GateStep)[] = [];
  const last: number[] = new Array<number>(c.numQubits).fill(-1);
  // Single-qubit gates not yet placed, per wire, already multiplied together.
  const pending: (Building | null)[] = new Array<Building | null>(c.numQubits).fill(null);

  const emitPending = (q: number) => {
    const p = pending[q];
    if (!p) return;
    pending[q] = null;
    // Into the wire's last block if that costs nothing extra, else a pass of its own.
    const host = last[q]! >= 0 ? steps[last[q]!]! : null;
    if (host && !('kind' in host)) {
      const joined = then(host, p.m, [q], p.gates);
      if (shapeOf(joined).cost <= shapeOf(host).cost) {
        steps[last[q]!] = joined;
        return;
      }
    }
    steps.push(p);
    last[q] = steps.length - 1;
  };

  for (const op of c.ops) {
    const W = op.wires;
    if (W.length === 1) {
      const q = W[0]!;
      const p = pending[q] ?? identity([q]);
      pending[q] = then(p, matrixOf(op), [q], 1);
      continue;
    }
    if (W.length > maxK) {
      for (const q of W) emitPending(q);
      steps.push({ kind: 'gate', op, gates: 1 });
      for (const q of W) last[q] = steps.length - 1;
      continue;
    }
    const m = matrixOf(op);
    const [w0, w1] = W as [number, number];
    // Candidates: merge into the latest block if it sits on the same two wires (every waiting 2x2 must then be
    // folded in), or a new block folding in any subset of the waiting 2x2s (the rest become passes of their own).
    let best: { cost: number; block: Building; fold: boolean[]; join: boolean } | null = null;
    const latest = Math.max(last[w0]!, last[w1]!);
    const host = latest >= 0 ? steps[latest]! : null;
    const fold = (b: Building, f: boolean[]) => {
      let out = b;
      W.forEach((q, j) => {
        if (f[j] && pending[q]) out = then(out, pending[q]!.m, [q], pending[q]!.gates);
      });
      return then(out, m, W, 1);
    };
    if (host && !('kind' in host) && host.wires.length === 2 && last[w0] === latest && last[w1] === latest) {
      const block = fold(host, [true, true]);
      best = { cost: shapeOf(block).cost - shapeOf(host).cost, block, fold: [true, true], join: true };
    }
    const variants = [[true, true], [true, false], [false, true], [false, false]].filter((f) => W.every((q, j) => f[j] === Boolean(pending[q]) || f[j] === false));
    for (const f of variants) {
      const block = fold(identity([w0, w1]), f);
      const extra = W.filter((q, j) => !f[j] && pending[q]).length * COST.one;
      const cost = shapeOf(block).cost + extra;
      if (!best || cost < best.cost) best = { cost, block, fold: f, join: false };
    }
    const choice = best!;
    if (choice.join) steps[latest] = choice.block;
    else {
      W.forEach((q, j) => {
        if (!choice.fold[j]) emitPending(q);
      });
      steps.push(choice.block);
    }
    const at = choice.join ? latest : steps.length - 1;
    for (const q of W) {
      pending[q] = null;
      last[q] = at;
    }
  }
  for (let q = 0; q < c.numQubits; q++) emitPending(q);

  const out: FusedStep[] = steps.map((s) => {
    if (!('kind' in s)) return toStep(s);
    if (!opts.blocksOnly) return s;
    return denseStep({ wires: [...s.op.wires], m: matrixOf(s.op), gates: 1 });
  });
  return { numQubits: c.numQubits, steps: out, gates: c.ops.length };
}

/** Called after each step with (gates of the original circuit done, total gates). */
export type FusedProgress = (done: number, total: number) => void;

/** Applies a fused program to a state in place, on this thread. */
export function applyFused(state: StateVector, p: FusedProgram, onProgress?: FusedProgress): void {
  const noParams: number[] = [];
  let done = 0;
  for (const s of p.steps) {
    if (s.kind === 'gate') GATES[s.op.gate].apply(state, s.op.wires, s.op.params ?? noParams);
    else applyStepRange(state.re, state.im, s, 0, stepGroups(state.numQubits, s));
    done += s.gates;
    onProgress?.(done, p.gates);
  }
}

/** Throws CircuitError unless the circuit is valid and `initial` (if given) fits it. */
export function checkRun(c: Circuit, initial: StateVector | undefined, caller: string): void {
  const problems = validateCircuit(c);
  if (problems.length) throw new CircuitError(problems);
  if (initial) {
    checkState(initial, `${caller} (initial state)`);
    if (initial.numQubits !== c.numQubits) {
      throw new CircuitError([`the initial state has ${initial.numQubits} qubits but the circuit has ${c.numQubits}.`]);
    }
  }
}

/**
 * Below this many qubits runFused runs each gate's own kernel: fusing costs a few microseconds a gate (matrix
 * products in the fuser), as much as a whole pass over a 12- or 13-qubit state, so it cannot pay there.
 */
export const FUSE_MIN_QUBITS = 14;

/** runCircuit's fused twin: same validation, same state to rounding (agreement to 1e-12 is tested). */
export function runFused(
  c: Circuit, opts: { initial?: StateVector; maxQubits?: 1 | 2; always?: boolean; onProgress?: FusedProgress } = {},
): StateVector {
  checkRun(c, opts.initial, 'runFused');
  const state = opts.initial ?? createZeroState(c.numQubits);
  if (c.numQubits < FUSE_MIN_QUBITS && !opts.always) {
    const noParams: number[] = [];
    for (let k = 0; k < c.ops.length; k++) {
      const op = c.ops[k]!;
      GATES[op.gate].apply(state, op.wires, op.params ?? noParams);
      opts.onProgress?.(k + 1, c.ops.length);
    }
  } else applyFused(state, fuseCircuit(c, { maxQubits: opts.maxQubits }), opts.onProgress);
  return state;
}
