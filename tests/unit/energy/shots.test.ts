import { describe, expect, it } from 'vitest';
import { runCircuit } from '../../../src/lib/quantum';
import fc from 'fast-check';
import { exactGroundState, hadamardAll, optimalSplit, shotsEqualSplit, shotsOptimalSplit, shotsPerGroup, tfimGroupStats } from '../../../src/lib/energy';

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

  it('ε = 0.01 with the optimal split: each group ⌈σ_g(σ_ZZ + σ_X)/ε²⌉ shots, the total their sum, from the independent variances', () => {
    const sig = [Math.sqrt(stats.zz.variance), Math.sqrt(stats.x.variance)];
    const s = Math.sqrt(ref.varZZ) + Math.sqrt(ref.varX);
    const groups = [Math.ceil((Math.sqrt(ref.varZZ) * s) / 1e-4), Math.ceil((Math.sqrt(ref.varX) * s) / 1e-4)];
    expect(shotsPerGroup(sig, 0.01)).toEqual(groups);
    const expected = groups[0]! + groups[1]!;
    expect(shotsOptimalSplit(sig, 0.01)).toBe(expected);
    // The figure the lesson and exercise 03 quote (51,374 per group), beside the unrounded (Σσ)²/ε² ≈ 102,746.6.
    expect(expected).toBe(102_748);
    expect(s ** 2 / 1e-4).toBeCloseTo(102_746.6, 0);
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

  it('float dust is not a shot: σ = √k, ε = 10^-m give exactly k·10^(2m) shots per group (σ = √2, ε = 0.01: 20,000, not 20,001)', () => {
    for (let k = 1; k <= 50; k++) {
      for (const m of [1, 2, 3]) {
        expect(shotsPerGroup([Math.sqrt(k)], 10 ** -m), `σ = √${k}, ε = 1e-${m}`).toEqual([k * 10 ** (2 * m)]);
        expect(shotsEqualSplit([Math.sqrt(k), Math.sqrt(k)], 10 ** -m)).toBe(2 * 2 * k * 10 ** (2 * m));
      }
    }
  });

  it('property: the groups add up to the total, meet the variance bound ε², and cost at most one shot per group over (Σσ)²/ε²', () => {
    const sigma = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(fc.property(fc.array(sigma, { minLength: 1, maxLength: 5 }), fc.double({ min: 1e-3, max: 1, noNaN: true }), (sigmas, eps) => {
      const groups = shotsPerGroup(sigmas, eps);
      const total = shotsOptimalSplit(sigmas, eps);
      expect(groups.reduce((a, b) => a + b, 0)).toBe(total);
      const variance = sigmas.reduce((v, sg, g) => v + (sg === 0 ? 0 : (sg * sg) / groups[g]!), 0);
      expect(variance).toBeLessThanOrEqual(eps * eps * (1 + 1e-8));
      const s = sigmas.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(Math.ceil((s * s) / (eps * eps)) + sigmas.length);
      // Dividing that total again returns whole shots that add up to it exactly.
      const again = optimalSplit(sigmas, total);
      expect(again.reduce((a, b) => a + b, 0)).toBe(s === 0 ? 0 : total);
      for (const n of again) expect(Number.isInteger(n) && n >= 0).toBe(true);
    }), { seed: 2026, numRuns: 300 });
  });

  it('tfimGroupStats takes a complex state whole, agreeing with the Kronecker route, and refuses one part of it', () => {
    // A complex product state: each qubit (|0⟩ + e^{iφ_q}|1⟩)/√2 rotated by R_y; φ makes the imaginary part matter.
    const c2 = { sites: 3, J: 0.7, h: -1.3, periodic: true };
    const ops = [0, 1, 2].flatMap((q) => [{ gate: 'ry' as const, wires: [q], params: [0.4 + q] }, { gate: 'rz' as const, wires: [q], params: [1.1 * (q + 1)] }]);
    const st = runCircuit({ numQubits: 3, ops });
    const got = tfimGroupStats(c2, st);
    // Independent: ⟨H_X⟩ and ⟨H_X²⟩ from the complex amplitudes with X operators applied by Kronecker products.
    const dim = 8;
    const amp = Array.from({ length: dim }, (_, k) => [st.re[k]!, st.im[k]!] as const);
    let Hx = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
    for (let i = 0; i < 3; i++) Hx = add(Hx, pauliOp(3, { [i]: X2 }), -c2.h);
    const apply = (m: number[][], v: readonly (readonly [number, number])[]) => m.map((r) => r.reduce(([a, b], x, j) => [a + x * v[j]![0], b + x * v[j]![1]] as [number, number], [0, 0] as [number, number]));
    const hv = apply(Hx, amp);
    const mean = amp.reduce((s, [a, b], k) => s + a * hv[k]![0] + b * hv[k]![1], 0);
    const second = hv.reduce((s, [a, b]) => s + a * a + b * b, 0);
    expect(got.x.mean).toBeCloseTo(mean, 12);
    expect(got.x.variance).toBeCloseTo(second - mean * mean, 12);
    expect(() => tfimGroupStats(c2, st.re)).toThrow(/not normalised.*whole state/);
  });

  it('rejects a precision of 0', () => {
    expect(() => shotsOptimalSplit([1], 0)).toThrow(/precision/);
  });
});
