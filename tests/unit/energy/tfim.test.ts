import { describe, expect, it } from 'vitest';
import { createZeroState, runCircuit, stateFromAmplitudes } from '../../../src/lib/quantum';
import { denseTfim, exactGroundState, jacobiEigen, tfimEnergy, type TfimChain } from '../../../src/lib/energy';

const open = (sites: number, J = 1, h = 1): TfimChain => ({ sites, J, h, periodic: false });

/**
 * Independent reference: the free-fermion solution E₀ = −Σ_k s_k, with s_k the singular values of the N×N upper
 * bidiagonal T (T_ii = h, T_i,i+1 = J). s_k² are the eigenvalues of the symmetric tridiagonal M = TᵀT, found here by
 * Sturm-sequence bisection — no Jacobi rotations, no Hamiltonian matrix.
 */
function freeFermionGround(N: number, J: number, h: number): number {
  // M = TᵀT: diag d_0 = h², d_i = h² + J² (i ≥ 1); off-diagonal e_i = M_{i,i+1} = h·J.
  const d = Array.from({ length: N }, (_, i) => (i === 0 ? h * h : h * h + J * J));
  const e = Array.from({ length: N - 1 }, () => h * J);
  const countBelow = (x: number): number => {
    let count = 0;
    let q = d[0]! - x;
    if (q < 0) count++;
    for (let i = 1; i < N; i++) {
      q = d[i]! - x - (e[i - 1]! * e[i - 1]!) / (q === 0 ? 1e-300 : q);
      if (q < 0) count++;
    }
    return count;
  };
  const hi = Math.max(...d) + 2 * Math.abs(h * J) + 1;
  let sum = 0;
  for (let k = 0; k < N; k++) {
    let a = 0;
    let b = hi;
    for (let it = 0; it < 200; it++) {
      const m = (a + b) / 2;
      if (countBelow(m) > k) b = m;
      else a = m;
    }
    sum += Math.sqrt(Math.max(0, (a + b) / 2));
  }
  return -sum;
}

describe('TFIM Hamiltonian', () => {
  it('two open sites: ground energy −√5 (hand: the even sector {|00⟩+|11⟩, |01⟩+|10⟩} gives [[−1,−2],[−2,1]])', () => {
    expect(exactGroundState(open(2)).energy).toBeCloseTo(-Math.sqrt(5), 12);
  });

  it.each([
    [2, 1, 1], [3, 1, 1], [4, 1, 1], [5, 1, 1], [6, 1, 1], [4, 1, 0.5], [4, 1, 2], [4, 0.7, 1.3],
  ])('open chain N=%i, J=%f, h=%f matches the free-fermion closed form', (N, J, h) => {
    expect(exactGroundState(open(N, J, h)).energy).toBeCloseTo(freeFermionGround(N, J, h), 9);
  });

  it('h = 0 (classical Ising): E₀ = −J·(N−1) for an open chain', () => {
    expect(exactGroundState(open(4, 1, 0)).energy).toBeCloseTo(-3, 12);
  });

  it.each([3, 4, 6])('periodic chain N=%i, J=h=1: E₀ = −Σ √(2 − 2cos k), k = (2m−1)π/N', (N) => {
    let ref = 0;
    for (let m = 1; m <= N; m++) ref -= Math.sqrt(2 - 2 * Math.cos(((2 * m - 1) * Math.PI) / N));
    expect(exactGroundState({ sites: N, J: 1, h: 1, periodic: true }).energy).toBeCloseTo(ref, 9);
  });

  it('the dense matrix is symmetric and its trace is 0 (every Pauli string in H is traceless)', () => {
    const m = denseTfim({ sites: 3, J: 1, h: 0.8, periodic: true });
    let tr = 0;
    for (let i = 0; i < 8; i++) {
      tr += m[i * 8 + i]!;
      for (let j = 0; j < 8; j++) expect(m[i * 8 + j]! === m[j * 8 + i]!).toBe(true);
    }
    expect(tr).toBeCloseTo(0, 14);
  });

  it('energy of |+⟩⊗4 is −4 and of |0000⟩ is −3 (hand: ⟨ZZ⟩ = 0, ⟨X⟩ = 1; then ⟨ZZ⟩ = 1, ⟨X⟩ = 0)', () => {
    const plus = runCircuit({ numQubits: 4, ops: [0, 1, 2, 3].map((q) => ({ gate: 'h' as const, wires: [q] })) });
    expect(tfimEnergy(open(4), plus)).toBeCloseTo(-4, 12);
    expect(tfimEnergy(open(4), createZeroState(4))).toBeCloseTo(-3, 12);
  });

  it('energy of the ground vector equals the ground energy, and a phase does not change it', () => {
    const g = exactGroundState(open(4));
    const s = stateFromAmplitudes(g.vector.map((a) => a * Math.cos(0.3)), g.vector.map((a) => a * Math.sin(0.3)));
    expect(tfimEnergy(open(4), s)).toBeCloseTo(g.energy, 10);
  });
});

describe('Jacobi eigenvalues', () => {
  it('[[2,1],[1,2]] has eigenvalues 1 and 3 with eigenvectors (1,∓1)/√2', () => {
    const { values, vectors } = jacobiEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(Math.abs(vectors[0]![0]! + vectors[0]![1]!)).toBeLessThan(1e-12);
  });
  it('rejects an asymmetric matrix', () => {
    expect(() => jacobiEigen([1, 2, 3, 4], 2)).toThrow(/symmetric/);
  });
});
