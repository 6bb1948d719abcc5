// Gate fusion against the unfused engine and against matrices built here. The independent side: each gate's
// reference matrix applied by the dense helper (./helpers), one after another, column by column, so neither the
// fuser's matrix products nor its kernels are reused to check themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, cloneState, createRng, runCircuit, type Circuit, type GateName, type GateOp, type StateVector } from '../../../src/lib/quantum';
import { applyFused, fuseCircuit, runFused } from '../../../src/lib/quantum/fuse';
import { applyDense, maxAmpDiff, randomState } from './helpers';

const basis = (n: number, k: number): StateVector => {
  const re = new Float64Array(2 ** n);
  re[k] = 1;
  return { numQubits: n, re, im: new Float64Array(2 ** n) };
};

/** The product of the ops' reference matrices on n qubits, column c = the ops applied densely to basis state c. */
function referenceProduct(n: number, ops: GateOp[]) {
  return Array.from({ length: 2 ** n }, (_, col) =>
    ops.reduce<StateVector>((s, op) => applyDense(s, GATES[op.gate].matrix(op.params ?? []), op.wires), basis(n, col)));
}

const ONE_QUBIT = GATE_NAMES.filter((g) => GATES[g].qubits === 1);
const randomOp = (name: GateName, wires: number[], rng: () => number): GateOp =>
  ({ gate: name, wires, params: Array.from({ length: GATES[name].params }, () => (rng() - 0.5) * 4 * Math.PI) });

describe.each(GATE_NAMES.filter((g) => GATES[g].qubits <= 2).map((g) => [g]))('fused block with %s', (name) => {
  it('equals the product of the reference matrices, and its kernel agrees on random states and wires', () => {
    const rng = createRng(500 + name.charCodeAt(0) * 3 + name.length);
    for (let trial = 0; trial < 4; trial++) {
      // Single-qubit gates on both wires around the gate: the fuser folds them into at most three blocks (a 2x2 on
      // the control before, the gate with everything on its target, a 2x2 after), whose product is checked here.
      const g = GATES[name].qubits === 2 ? [0, 1] : [trial % 2];
      const ops: GateOp[] = [];
      for (let k = 0; k < 3; k++) ops.push(randomOp(ONE_QUBIT[Math.floor(rng() * ONE_QUBIT.length)]!, [Math.floor(rng() * 2)], rng));
      ops.push(randomOp(name, trial >= 2 ? [...g].reverse() : g, rng));
      for (let k = 0; k < 2; k++) ops.push(randomOp(ONE_QUBIT[Math.floor(rng() * ONE_QUBIT.length)]!, [Math.floor(rng() * 2)], rng));
      const program = fuseCircuit({ numQubits: 2, ops });
      expect(program.steps.length).toBeLessThanOrEqual(3);
      expect(program.steps.every((s) => s.kind !== 'gate')).toBe(true);
      const want = referenceProduct(2, ops);
      for (let col = 0; col < 4; col++) {
        const got = basis(2, col);
        applyFused(got, program);
        expect(maxAmpDiff(got, want[col]!)).toBeLessThan(1e-14);
      }
      // The same ops on random wires of a larger random state.
      for (const n of [3, 5]) {
        const perm = [0, 1, 2].sort(() => rng() - 0.5).slice(0, 2).map((w) => (w * 2 + trial) % n);
        if (perm[0] === perm[1]) perm[1] = (perm[0]! + 1) % n;
        const moved = ops.map((op) => ({ ...op, wires: op.wires.map((w) => perm[w]!) }));
        const start = randomState(n, rng);
        const want2 = moved.reduce<StateVector>((s, op) => applyDense(s, GATES[op.gate].matrix(op.params ?? []), op.wires), start);
        const got2 = cloneState(start);
        applyFused(got2, fuseCircuit({ numQubits: n, ops: moved }));
        expect(maxAmpDiff(got2, want2)).toBeLessThan(1e-12);
      }
    }
  });
});

describe('fuseCircuit', () => {
  it('turns a layer of rotations plus a CX ladder (2n − 1 gates) into n passes', () => {
    const n = 8;
    const ops: GateOp[] = [];
    for (let q = 0; q < n; q++) ops.push({ gate: 'ry', wires: [q], params: [0.1 * q + 0.2] });
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: 'cx', wires: [q, q + 1] });
    const p = fuseCircuit({ numQubits: n, ops });
    expect(p.steps.length).toBe(n);
    expect(p.steps.filter((s) => s.kind === 'pair').length).toBe(n - 1);
    expect(p.steps.reduce((sum, s) => sum + s.gates, 0)).toBe(2 * n - 1);
  });

  it('merges a run of single-qubit gates on one wire into one 2x2', () => {
    const ops: GateOp[] = [{ gate: 'h', wires: [1] }, { gate: 't', wires: [1] }, { gate: 'rx', wires: [1], params: [0.4] }];
    const p = fuseCircuit({ numQubits: 3, ops });
    expect(p.steps.map((s) => s.kind)).toEqual(['one']);
  });

  it('leaves gates on three wires to their own kernel, or as a dense block when asked', () => {
    const c: Circuit = { numQubits: 3, ops: [{ gate: 'h', wires: [0] }, { gate: 'ccx', wires: [0, 1, 2] }] };
    expect(fuseCircuit(c).steps.map((s) => s.kind)).toEqual(['one', 'gate']);
    expect(fuseCircuit(c, { blocksOnly: true }).steps.map((s) => s.kind)).toEqual(['one', 'dense']);
  });

  it('validates like runCircuit', () => {
    expect(() => runFused({ numQubits: 2, ops: [{ gate: 'cx', wires: [0, 2] }] })).toThrow(/wire|qubit/i);
  });
});

describe('fused runs agree with the unfused engine (property test)', () => {
  const opArb = (n: number) => fc.record({
    gate: fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)),
    seed: fc.integer({ min: 1, max: 1e9 }),
  }).map(({ gate, seed }): GateOp => {
    const rng = createRng(seed);
    const pool = Array.from({ length: n }, (_, i) => i).sort(() => rng() - 0.5);
    return randomOp(gate, pool.slice(0, GATES[gate].qubits), rng);
  });
  const circuitArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.array(opArb(n), { maxLength: 40 }).map((ops): Circuit => ({ numQubits: n, ops })));

  it('to 1e-12 for every fusion mode, on random circuits from random states', () => {
    fc.assert(fc.property(circuitArb, fc.integer({ min: 1, max: 1e9 }), (c, seed) => {
      const start = randomState(c.numQubits, createRng(seed));
      const want = runCircuit(c, { initial: cloneState(start) });
      for (const opts of [{ maxQubits: 1 as const }, { maxQubits: 2 as const }, { blocksOnly: true }]) {
        const got = cloneState(start);
        applyFused(got, fuseCircuit(c, opts));
        expect(maxAmpDiff(got, want)).toBeLessThan(1e-12);
      }
    }), { numRuns: 300, seed: 20 });
  });
});
