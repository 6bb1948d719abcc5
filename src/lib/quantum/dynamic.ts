/**
 * Circuits whose run depends on measurements: a measurement in the middle (a gate acts on the qubit afterwards),
 * `reset` (return a qubit to |0⟩) and gates conditioned on classical bits (OpenQASM 2's `if (c == v)`). Such a
 * circuit has no single final state vector: each run ends in a state that depends on the outcomes drawn. What it
 * does have is a distribution over its classical bits, and that is what this module computes:
 *
 * - exactly, by branching at every measurement and reset into both outcomes, weighted by their Born probabilities
 *   (bitDistribution), while the branches stay few; and
 * - shot by shot (sampleBits), drawing each outcome from a seeded generator, when they do not.
 *
 * Bits: classical bit b is bit b of the returned integer, so bit 0 is the least significant, the rightmost character
 * of a bitstring, as for qubits. Imports only the engine's own modules (the bottom layer).
 */
import { applyGate } from './simulate';
import { cloneState, createZeroState } from './state';
import type { GateOp, Rng, StateVector } from './types';
import { validateCircuit, validateOp } from './validate';

/** The most classical bits a dynamic circuit may have: outcomes are held as 32-bit unsigned integers. */
export const MAX_BITS = 32;
/** bitDistribution gives up (returns null) past this many branches, and sampleBits is the way instead. */
export const MAX_BRANCHES = 4096;
/** An outcome less likely than this is not followed: its branch would add at most this much probability. */
const NEGLIGIBLE = 1e-14;

/** `if (register == value)`: the bits [offset, offset + size) read as an integer (offset = its bit 0). */
export interface BitCondition {
  offset: number;
  size: number;
  value: number;
}

export type DynamicStep =
  | { kind: 'gate'; op: GateOp; when?: BitCondition }
  | { kind: 'measure'; qubit: number; bit: number; when?: BitCondition }
  | { kind: 'reset'; qubit: number; when?: BitCondition };

export interface DynamicCircuit {
  numQubits: number;
  /** Classical bits, at most MAX_BITS; they start at 0. */
  numBits: number;
  steps: DynamicStep[];
}

/** Every outcome of the classical bits with its probability (those below 1e-14 left out), most likely first. */
export interface BitOutcome {
  bits: number;
  p: number;
}

export function checkDynamicCircuit(dc: DynamicCircuit): void {
  const budget = validateCircuit({ numQubits: dc.numQubits, ops: [] });
  if (budget.length) throw new Error(budget[0]);
  if (!Number.isInteger(dc.numBits) || dc.numBits < 0 || dc.numBits > MAX_BITS) {
    throw new Error(`a dynamic circuit has 0 to ${MAX_BITS} classical bits, got ${dc.numBits}`);
  }
  const bit = (b: number) => {
    if (!Number.isInteger(b) || b < 0 || b >= dc.numBits) throw new Error(`classical bit ${b} is out of range (the circuit has ${dc.numBits})`);
  };
  const qubit = (q: number) => {
    if (!Number.isInteger(q) || q < 0 || q >= dc.numQubits) throw new Error(`qubit ${q} is out of range (the circuit has ${dc.numQubits})`);
  };
  for (const s of dc.steps) {
    if (s.when) {
      const { offset, size, value } = s.when;
      if (!(Number.isInteger(size) && size >= 1 && Number.isInteger(offset) && offset >= 0 && offset + size <= dc.numBits)) {
        throw new Error(`a condition reads bits ${offset} to ${offset + size - 1}, outside the circuit's ${dc.numBits} bits`);
      }
      if (!(Number.isInteger(value) && value >= 0)) throw new Error(`a condition compares with ${value}, not a whole number ≥ 0`);
    }
    if (s.kind === 'gate') {
      const problems = validateOp(s.op, dc.numQubits);
      if (problems.length) throw new Error(problems[0]);
    } else {
      qubit(s.qubit);
      if (s.kind === 'measure') bit(s.bit);
    }
  }
}

function holds(when: BitCondition | undefined, bits: number): boolean {
  if (!when) return true;
  const mask = when.size >= 32 ? 0xffffffff : (1 << when.size) - 1;
  return ((bits >>> when.offset) & mask) >>> 0 === when.value;
}

/** P(qubit q reads 1). */
function probabilityOfOne(s: StateVector, q: number): number {
  const m = 1 << q;
  let p = 0;
  for (let k = 0; k < s.re.length; k++) if (k & m) p += s.re[k]! * s.re[k]! + s.im[k]! * s.im[k]!;
  return Math.min(1, Math.max(0, p));
}

/** Projects qubit q onto `outcome` (probability p of it) and renormalises, in place. */
function collapse(s: StateVector, q: number, outcome: 0 | 1, p: number): void {
  const m = 1 << q;
  const scale = 1 / Math.sqrt(p);
  for (let k = 0; k < s.re.length; k++) {
    if (((k & m) !== 0) === (outcome === 1)) {
      s.re[k] = s.re[k]! * scale;
      s.im[k] = s.im[k]! * scale;
    } else {
      s.re[k] = 0;
      s.im[k] = 0;
    }
  }
}

const withBit = (bits: number, b: number, v: 0 | 1) => (v ? (bits | (1 << b)) >>> 0 : (bits & ~(1 << b)) >>> 0);

/** The first step that is not a plain, unconditioned gate: everything before it is one shared pure state. */
function unitaryPrefix(dc: DynamicCircuit): number {
  let k = 0;
  while (k < dc.steps.length && dc.steps[k]!.kind === 'gate' && !dc.steps[k]!.when) k++;
  return k;
}

interface Branch {
  step: number;
  state: StateVector;
  bits: number;
  weight: number;
}

/**
 * The exact distribution of the classical bits, by branching on every measurement and reset; null when it would take
 * more than maxBranches branches (then sample shot by shot with sampleBits). onProgress gets branches finished.
 */
export function bitDistribution(dc: DynamicCircuit, opts: { maxBranches?: number; onProgress?: (branches: number) => void } = {}): BitOutcome[] | null {
  checkDynamicCircuit(dc);
  const maxBranches = opts.maxBranches ?? MAX_BRANCHES;
  const start = createZeroState(dc.numQubits);
  const prefix = unitaryPrefix(dc);
  for (let k = 0; k < prefix; k++) applyGate(start, (dc.steps[k] as { op: GateOp }).op);
  const stack: Branch[] = [{ step: prefix, state: start, bits: 0, weight: 1 }];
  const out = new Map<number, number>();
  let branches = 1;
  let finished = 0;
  while (stack.length) {
    const b = stack.pop()!;
    let done = true;
    while (b.step < dc.steps.length) {
      const s = dc.steps[b.step++]!;
      if (!holds(s.when, b.bits)) continue;
      if (s.kind === 'gate') {
        applyGate(b.state, s.op);
        continue;
      }
      const p1 = probabilityOfOne(b.state, s.qubit);
      const outcomes = ([[0, 1 - p1], [1, p1]] as const).filter(([, p]) => p > NEGLIGIBLE);
      if (outcomes.length === 2) {
        if (++branches > maxBranches) return null;
        // The second outcome continues in a copy, pushed to be followed later; this branch takes the first.
        const [o, p] = outcomes[1]!;
        const copy = cloneState(b.state);
        collapse(copy, s.qubit, o, p);
        if (s.kind === 'reset') applyGate(copy, { gate: 'x', wires: [s.qubit] });
        stack.push({ step: b.step, state: copy, bits: s.kind === 'measure' ? withBit(b.bits, s.bit, o) : b.bits, weight: b.weight * p });
      }
      const [o, p] = outcomes[0] ?? [0, 1];
      collapse(b.state, s.qubit, o, p);
      if (s.kind === 'reset' && o === 1) applyGate(b.state, { gate: 'x', wires: [s.qubit] });
      if (s.kind === 'measure') b.bits = withBit(b.bits, s.bit, o);
      b.weight *= p;
      if (b.weight <= NEGLIGIBLE) {
        done = false;
        break;
      }
    }
    if (done) out.set(b.bits, (out.get(b.bits) ?? 0) + b.weight);
    opts.onProgress?.(++finished);
  }
  return [...out].map(([bits, p]) => ({ bits, p })).sort((a, b) => b.p - a.p || a.bits - b.bits);
}

/**
 * `shots` runs, each drawing its measurement outcomes from rng (one draw per measurement or reset that can go both
 * ways): counts per outcome of the classical bits. The gates before the first measurement run once, for all shots.
 */
export function sampleBits(dc: DynamicCircuit, shots: number, rng: Rng, onProgress?: (done: number, total: number) => void): Map<number, number> {
  checkDynamicCircuit(dc);
  if (!Number.isInteger(shots) || shots < 0) throw new Error(`shots must be a whole number ≥ 0, got ${shots}`);
  const start = createZeroState(dc.numQubits);
  const prefix = unitaryPrefix(dc);
  for (let k = 0; k < prefix; k++) applyGate(start, (dc.steps[k] as { op: GateOp }).op);
  const counts = new Map<number, number>();
  for (let shot = 0; shot < shots; shot++) {
    const state = cloneState(start);
    let bits = 0;
    for (let k = prefix; k < dc.steps.length; k++) {
      const s = dc.steps[k]!;
      if (!holds(s.when, bits)) continue;
      if (s.kind === 'gate') {
        applyGate(state, s.op);
        continue;
      }
      const p1 = probabilityOfOne(state, s.qubit);
      const o: 0 | 1 = p1 > NEGLIGIBLE && rng() < p1 ? 1 : 0;
      collapse(state, s.qubit, o, o ? p1 : 1 - p1);
      if (s.kind === 'reset' && o === 1) applyGate(state, { gate: 'x', wires: [s.qubit] });
      if (s.kind === 'measure') bits = withBit(bits, s.bit, o);
    }
    counts.set(bits, (counts.get(bits) ?? 0) + 1);
    onProgress?.(shot + 1, shots);
  }
  return counts;
}

/** Amplitude updates a shot-by-shot run costs (for choosing where and whether to run it). */
export function dynamicCost(dc: DynamicCircuit, shots: number): number {
  return Math.max(1, dc.steps.length - unitaryPrefix(dc)) * 2 ** dc.numQubits * Math.max(1, shots) + unitaryPrefix(dc) * 2 ** dc.numQubits;
}
