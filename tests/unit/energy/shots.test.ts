import { describe, expect, it } from 'vitest';
import { runCircuit } from '../../../src/lib/quantum';
import { exactGroundState, hadamardAll, optimalSplit, shotsEqualSplit, shotsOptimalSplit, tfimGroupStats } from '../../../src/lib/energy';

/**
 * Independent route to the ground state and its group variances: build H from Kronecker products of 2×2 Paulis
 * (not the module's bit tricks), find the ground state by power iteration on (c·I − H), and compute
 * Var(H_ZZ) from Z-basis probabilities and Var(H_X) from ⟨H_X²⟩ = h²Σ_ij ⟨X_i X_j⟩ by applying X operators directly.
 */
function kron(a: number[][], b: number[][]): number[][] {
  const out: number[][] = [];
  for (const ra of a) for (const rb of b) out.push(ra.flatMap((x) => rb.map((y) => x * y)));
  return out;
}
const I2 = [[1, 0], [0, 1]];
const X2 = [[0, 1], [1, 0]];
const Z2 = [[1, 0], [0, -1]];
/** Operator with `ops[q]` on qubit q; qubit 0 is the rightmost Kronecker factor (least significant bit). */
function pauliOp(N: number, ops: Record<number, number[][]>): number[][] {
  let m = [[1]];
  for (let q = N - 1; q >= 0; q--) m = kron(m, ops[q] ?? I2);
  return m;
}
const add = (a: number[][], b: number[][], s: number) => a.map((r, i) => r.map((x, j) => x + s * b[i]![j]!));
const mv = (m: number[][], v: number[]) => m.map((r) => r.reduce((s, x, j) => s + x * v[j]!, 0));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

function independentGroundVariances(N: number, J: number, h: number) {
  const dim = 2 ** N;
  let Hzz = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  let Hx = Hzz.map((r) => r.slice());
  for (let i = 0; i + 1 < N; i++) Hzz = add(Hzz, pauliOp(N, { [i]: Z2, [i + 1]: Z2 }), -J);
  for (let i = 0; i < N; i++) Hx = add(Hx, pauliOp(N, { [i]: X2 }), -h);
  const H = add(Hzz, Hx, 1);
  const shift = 2 * (J * N + h * N);
  let v = Array.from({ length: dim }, (_, k) => 1 + 0.01 * k);
  for (let it = 0; it < 20000; it++) {
    const w = mv(H, v).map((x, k) => shift * v[k]! - x);
    const nrm = Math.sqrt(dot(w, w));
    v = w.map((x) => x / nrm);
  }
  const variance = (op: number[][]) => {
    const ov = mv(op, v);
    return dot(ov, ov) - dot(v, ov) ** 2;
  };
  return { energy: dot(v, mv(H, v)), varZZ: variance(Hzz), varX: variance(Hx) };
}

describe('group variances and the shot budget', () => {
  const chain = { sites: 4, J: 1, h: 1, periodic: false };
  const g = exactGroundState(chain);
  const stats = tfimGroupStats(chain, g.vector);
  const ref = independentGroundVariances(4, 1, 1);

  it('the independent power iteration finds the same ground energy', () => {
    expect(ref.energy).toBeCloseTo(g.energy, 9);
  });

  it('Var(H_ZZ) and Var(H_X) in the 4-site ground state match the Kronecker-product derivation', () => {
    expect(stats.zz.variance).toBeCloseTo(ref.varZZ, 8);
    expect(stats.x.variance).toBeCloseTo(ref.varX, 8);
    expect(stats.zz.mean + stats.x.mean).toBeCloseTo(g.energy, 10);
  });

  it('in an eigenstate the two group variances are equal (H_X ψ = (E − H_ZZ) ψ)', () => {
    expect(stats.zz.variance).toBeCloseTo(stats.x.variance, 10);
  });

  it('ε = 0.01 with the optimal split needs ⌈(σ_ZZ + σ_X)²/ε²⌉ shots, from the independent variances', () => {
    const sig = [Math.sqrt(stats.zz.variance), Math.sqrt(stats.x.variance)];
    const expected = Math.ceil((Math.sqrt(ref.varZZ) + Math.sqrt(ref.varX)) ** 2 / 1e-4);
    expect(shotsOptimalSplit(sig, 0.01)).toBe(expected);
    // Equal variances: the equal split is optimal too, and costs the same up to rounding.
    expect(Math.abs(shotsEqualSplit(sig, 0.01) - expected)).toBeLessThanOrEqual(2);
  });

  it('|+⟩⊗4: Var(H_ZZ) = 3 (three independent ±1 bonds), Var(H_X) = 0, so 30,000 shots at ε = 0.01', () => {
    const plus = runCircuit({ numQubits: 4, ops: [0, 1, 2, 3].map((q) => ({ gate: 'h' as const, wires: [q] })) });
    const s = tfimGroupStats(chain, plus.re);
    expect(s.zz.variance).toBeCloseTo(3, 12);
    expect(s.x.variance).toBeCloseTo(0, 12);
    expect(s.x.mean).toBeCloseTo(-4, 12);
    expect(shotsOptimalSplit([Math.sqrt(3), 0], 0.01)).toBe(30_000);
    expect(optimalSplit([Math.sqrt(3), 0], 30_000)).toEqual([30_000, 0]);
  });

  it('the optimal split beats the equal split when σs differ (σ = 1 and 3: 16/ε² versus 20/ε²)', () => {
    expect(shotsOptimalSplit([1, 3], 0.1)).toBe(1600);
    expect(shotsEqualSplit([1, 3], 0.1)).toBe(2000);
    expect(optimalSplit([1, 3], 1600)).toEqual([400, 1200]);
  });

  it('hadamardAll maps |0…0⟩ to the uniform vector and is its own inverse', () => {
    const e0 = new Float64Array(8);
    e0[0] = 1;
    const u = hadamardAll(e0);
    for (const a of u) expect(a).toBeCloseTo(1 / Math.sqrt(8), 14);
    const back = hadamardAll(u);
    expect(back[0]).toBeCloseTo(1, 14);
  });

  it('rejects a precision of 0', () => {
    expect(() => shotsOptimalSplit([1], 0)).toThrow(/precision/);
  });
});
