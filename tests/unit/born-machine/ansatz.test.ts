import { describe, expect, it } from 'vitest';
import {
  applyCx, applyRx, applyRz, buildAnsatz, chowLiuTree, pairMutualInformation, parameterCount, runAnsatz, toCircuit,
} from '../../../src/lib/born-machine';
import { basDistribution } from '../../../src/lib/datasets';
import { GATES, createRng, runCircuit, type StateVector } from '../../../src/lib/quantum';


function randomState(n: number, seed: number): StateVector {
  const rng = createRng(seed);
  const re = Float64Array.from({ length: 1 << n }, () => rng() - 0.5);
  const im = Float64Array.from({ length: 1 << n }, () => rng() - 0.5);
  let norm = 0;
  for (let i = 0; i < re.length; i++) norm += re[i]! ** 2 + im[i]! ** 2;
  for (let i = 0; i < re.length; i++) { re[i]! /= Math.sqrt(norm); im[i]! /= Math.sqrt(norm); }
  return { numQubits: n, re, im };
}
const clone = (s: StateVector): StateVector => ({ numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() });
function maxDiff(a: StateVector, b: StateVector): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.abs(a.re[i]! - b.re[i]!), Math.abs(a.im[i]! - b.im[i]!));
  return m;
}

describe('parameter count', () => {
  it('is (3d + 1)·n, counted gate by gate', () => {
    // By hand for n = 2, d = 1: layer 0 has Rx, Rz on each qubit (4), the last layer Rz, Rx on each (4): 8 = 4·2.
    expect(buildAnsatz(2, 1, [[0, 1]]).numParams).toBe(8);
    // d = 2 adds a middle layer Rz, Rx, Rz on each qubit: 8 + 6 = 14 = 7·2.
    expect(buildAnsatz(2, 2, [[0, 1]]).numParams).toBe(14);
    for (const n of [1, 2, 4, 9]) for (const d of [0, 1, 2, 5, 10]) {
      const a = buildAnsatz(n, d, n > 1 ? [[0, 1]] : []);
      expect(a.numParams).toBe(parameterCount(n, d));
      expect(a.ops.filter((o) => o.kind !== 'cx').length).toBe((3 * d + 1) * n);
    }
  });
  it("gives Liu & Wang's 279 parameters for 3×3 bars and stripes at depth 10", () => {
    expect(parameterCount(9, 10)).toBe(279);
  });
  it('uses every angle exactly once', () => {
    const a = buildAnsatz(4, 3, [[0, 1], [0, 2], [0, 3]]);
    const used = a.ops.flatMap((o) => (o.kind === 'cx' ? [] : [o.param])).sort((x, y) => x - y);
    expect(used).toEqual(Array.from({ length: a.numParams }, (_, i) => i));
  });
});

describe('fast kernels', () => {
  it('agree with the engine gates on random states', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const s = randomState(4, seed);
      for (let q = 0; q < 4; q++) {
        const th = 0.3 + seed + q;
        const a = clone(s), b = clone(s);
        applyRx(a, q, th); GATES.rx.apply(b, [q], [th]);
        expect(maxDiff(a, b)).toBeLessThan(1e-14);
        applyRz(a, q, th); GATES.rz.apply(b, [q], [th]);
        expect(maxDiff(a, b)).toBeLessThan(1e-14);
        const t = (q + 2) % 4;
        applyCx(a, q, t); GATES.cx.apply(b, [q, t], []);
        expect(maxDiff(a, b)).toBeLessThan(1e-14);
      }
    }
  });
  it('run the whole ansatz like the engine runs the exported circuit', () => {
    const a = buildAnsatz(5, 3, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    const rng = createRng(9);
    const th = Float64Array.from({ length: a.numParams }, () => rng() * 6);
    expect(maxDiff(runAnsatz(a, th), runCircuit(toCircuit(a, th)))).toBeLessThan(1e-13);
  });
  it('depth 0 is a product state: one Rx per qubit gives P(bit q = 1) = sin²(θ_q/2)', () => {
    const a = buildAnsatz(3, 0, []);
    const th = [0.4, 1.3, 2.9];
    const p = runAnsatz(a, th);
    const prob = (x: number) => p.re[x]! ** 2 + p.im[x]! ** 2;
    const expected = (x: number) => th.reduce((acc, t, q) => acc * ((x >> q) & 1 ? Math.sin(t / 2) ** 2 : Math.cos(t / 2) ** 2), 1);
    for (let x = 0; x < 8; x++) expect(prob(x)).toBeCloseTo(expected(x), 14);
  });
});

describe('Chow–Liu entangler', () => {
  it('mutual information of two equal fair bits is ln 2, of independent bits 0', () => {
    // Bits 0 and 1 always equal and fair: p(00) = p(11) = 1/2.
    expect(pairMutualInformation([0.5, 0, 0, 0.5], 0, 1)).toBeCloseTo(Math.LN2, 14);
    expect(pairMutualInformation([0.25, 0.25, 0.25, 0.25], 0, 1)).toBeCloseTo(0, 14);
  });
  it('is a spanning tree of the 3×3 grid rows and columns', () => {
    const edges = chowLiuTree(basDistribution(3, 3), 9);
    expect(edges).toHaveLength(8);
    const reached = new Set([0]);
    for (const [u, v] of edges) {
      expect(reached.has(u)).toBe(true); // each CNOT's control is already connected to the root
      reached.add(v);
      const sameRow = Math.floor(u / 3) === Math.floor(v / 3);
      const sameCol = u % 3 === v % 3;
      expect(sameRow || sameCol).toBe(true); // BAS pixels in one row or column share the most information
    }
    expect(reached.size).toBe(9);
  });
});
