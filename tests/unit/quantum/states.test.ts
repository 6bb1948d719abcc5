// States derived by hand, and invariants checked as properties over random circuits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GATES, GATE_NAMES, applyGate, cloneState, createRng, expectationPauli, norm, runCircuit, type Circuit, type GateOp,
} from '../../../src/lib/quantum';
import { adjoint, identity, maxDistance, multiply } from '../../../src/lib/quantum/complex-matrix';
import { maxAmpDiff, randomState, randomWires } from './helpers';

const r2 = Math.SQRT1_2;

describe('hand-derived states', () => {
  it('H|0> = |+> = (|0> + |1>)/sqrt2', () => {
    const s = runCircuit({ numQubits: 1, ops: [{ gate: 'h', wires: [0] }] });
    expect(maxAmpDiff(s, { re: [r2, r2], im: [0, 0] })).toBeLessThan(1e-15);
  });

  it('Bell state: H(0), CX(0,1) puts 1/sqrt2 on |00> (index 0) and |11> (index 3)', () => {
    const s = runCircuit({ numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }] });
    expect(maxAmpDiff(s, { re: [r2, 0, 0, r2], im: [0, 0, 0, 0] })).toBeLessThan(1e-15);
  });

  it.each([3, 5])('GHZ on %i qubits has 1/sqrt2 on all-zeros and all-ones only', (n) => {
    const ops: GateOp[] = [{ gate: 'h', wires: [0] }];
    for (let q = 1; q < n; q++) ops.push({ gate: 'cx', wires: [q - 1, q] });
    const s = runCircuit({ numQubits: n, ops });
    const re = new Array(2 ** n).fill(0);
    re[0] = r2;
    re[2 ** n - 1] = r2;
    expect(maxAmpDiff(s, { re, im: new Array(2 ** n).fill(0) })).toBeLessThan(1e-15);
  });

  it('X on qubit 0 of 3 gives index 1 (bitstring "001"), X on qubit 2 gives index 4 ("100")', () => {
    expect(runCircuit({ numQubits: 3, ops: [{ gate: 'x', wires: [0] }] }).re[1]).toBe(1);
    expect(runCircuit({ numQubits: 3, ops: [{ gate: 'x', wires: [2] }] }).re[4]).toBe(1);
  });

  it('phase kickback: CX onto |-> flips the control from |+> to |->', () => {
    // control qubit 0 in |+>, target qubit 1 in |-> = HX|0>; CX|+>|-> = |->|->.
    const s = runCircuit({
      numQubits: 2,
      ops: [
        { gate: 'h', wires: [0] }, { gate: 'x', wires: [1] }, { gate: 'h', wires: [1] }, { gate: 'cx', wires: [0, 1] },
      ],
    });
    expect(expectationPauli(s, 'IX')).toBeCloseTo(-1, 14);
    expect(expectationPauli(s, 'XI')).toBeCloseTo(-1, 14);
  });

  it('rx and rz closed forms: RX(t)|0> = cos(t/2)|0> - i sin(t/2)|1>, RZ(t)|+> phases e^{-it/2}, e^{it/2}', () => {
    const t = 0.7;
    const a = runCircuit({ numQubits: 1, ops: [{ gate: 'rx', wires: [0], params: [t] }] });
    expect(maxAmpDiff(a, { re: [Math.cos(t / 2), 0], im: [0, -Math.sin(t / 2)] })).toBeLessThan(1e-15);
    const b = runCircuit({ numQubits: 1, ops: [{ gate: 'h', wires: [0] }, { gate: 'rz', wires: [0], params: [t] }] });
    expect(maxAmpDiff(b, { re: [r2 * Math.cos(t / 2), r2 * Math.cos(t / 2)], im: [-r2 * Math.sin(t / 2), r2 * Math.sin(t / 2)] })).toBeLessThan(1e-15);
  });
});

/** Each gate with its inverse and how to invert its angles (u3(θ,φ,λ)⁻¹ = u3(−θ,−λ,−φ); rotations negate). */
const INVERSES: [GateOp['gate'], GateOp['gate'], (p: number[]) => number[]][] = [
  ...(['id', 'x', 'y', 'z', 'h', 'cx', 'cy', 'cz', 'ch', 'swap', 'ccx'] as const).map((g) => [g, g, () => []] as [GateOp['gate'], GateOp['gate'], (p: number[]) => number[]]),
  ['s', 'sdg', () => []], ['sdg', 's', () => []], ['t', 'tdg', () => []], ['tdg', 't', () => []],
  ...(['rx', 'ry', 'rz', 'p', 'crx', 'cry', 'crz', 'cp'] as const).map((g) => [g, g, (p: number[]) => [-p[0]!]] as [GateOp['gate'], GateOp['gate'], (p: number[]) => number[]]),
  ['u3', 'u3', ([t = 0, ph = 0, l = 0]) => [-t, -l, -ph]],
];

describe('properties', () => {
  it('every reference matrix is unitary for arbitrary angles (U†U = I)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GATE_NAMES), fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 3 }), (g, angles) => {
        const u = GATES[g].matrix(angles.slice(0, GATES[g].params));
        expect(maxDistance(multiply(adjoint(u), u), identity(u.size))).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('H·H = I on any state and any wire', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, wire) => {
        const s0 = randomState(4, createRng(seed));
        const s = cloneState(s0);
        applyGate(s, { gate: 'h', wires: [wire] });
        applyGate(s, { gate: 'h', wires: [wire] });
        expect(maxAmpDiff(s, s0)).toBeLessThan(1e-14);
      }),
    );
  });

  const opArb = (n: number) =>
    fc.record({
      g: fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)),
      seed: fc.integer(),
      angles: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
    }).map(({ g, seed, angles }) => ({ gate: g, wires: randomWires(n, GATES[g].qubits, createRng(seed)), params: angles.slice(0, GATES[g].params) }) as GateOp);

  it('random circuits preserve the norm', () => {
    fc.assert(
      fc.property(fc.array(opArb(4), { maxLength: 30 }), (ops) => {
        const c: Circuit = { numQubits: 4, ops };
        expect(Math.abs(norm(runCircuit(c)) - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('a gate followed by its inverse restores any state', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }), fc.constantFrom(...INVERSES), (seed, angles, [g, inv, invert]) => {
        const rng = createRng(seed);
        const s0 = randomState(3, rng);
        const s = cloneState(s0);
        const wires = randomWires(3, GATES[g].qubits, rng);
        const params = angles.slice(0, GATES[g].params);
        applyGate(s, { gate: g, wires, params });
        applyGate(s, { gate: inv, wires, params: invert(params) });
        expect(maxAmpDiff(s, s0)).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });
});
