import { describe, expect, it } from 'vitest';
import { mmdSquared, mmd, mixtureKernel, BAS_BANDWIDTHS } from '../../../src/lib/metrics';
import { createRng } from '../../../src/lib/quantum';

const SIGMAS = [0.5, 1, 2, 4];

/** The definition, term by term: 4^n work, independent of the module's tensor-product shortcut. */
function mmdNaive(p: number[], q: number[], sigmas: number[]): number {
  const n = Math.log2(p.length);
  const K = (x: number, y: number) => {
    let d = 0;
    for (let b = 0; b < n; b++) d += ((x >> b) & 1) !== ((y >> b) & 1) ? 1 : 0;
    return sigmas.reduce((s, sg) => s + Math.exp(-d / (2 * sg)), 0) / sigmas.length;
  };
  let s = 0;
  for (let x = 0; x < p.length; x++) for (let y = 0; y < p.length; y++) s += (p[x]! - q[x]!) * (p[y]! - q[y]!) * K(x, y);
  return s;
}

function randomDist(size: number, seed: number): number[] {
  const rng = createRng(seed);
  const w = Array.from({ length: size }, () => rng());
  const t = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / t);
}

describe('mixtureKernel', () => {
  it('uses the Liu & Wang bandwidths and Hamming distance', () => {
    expect(BAS_BANDWIDTHS).toEqual(SIGMAS);
    expect(mixtureKernel(5, 5)).toBe(1);
    // 0b000 vs 0b101: distance 2
    const expected = (Math.exp(-2 / 1) + Math.exp(-2 / 2) + Math.exp(-2 / 4) + Math.exp(-2 / 8)) / 4;
    expect(mixtureKernel(0, 5)).toBeCloseTo(expected, 15);
  });
});

describe('mmdSquared', () => {
  it('is 0 for identical distributions', () => {
    const p = randomDist(16, 1);
    expect(mmdSquared(p, p)).toBeCloseTo(0, 15);
  });

  it('matches a hand-computed one-bit case', () => {
    // p = δ_0, q = δ_1: d = (1, −1), MMD² = K(0,0) + K(1,1) − 2K(0,1) = 2 − 2·(1/4)Σ e^{−1/(2σ)}
    const k01 = (Math.exp(-1) + Math.exp(-0.5) + Math.exp(-0.25) + Math.exp(-0.125)) / 4;
    expect(mmdSquared([1, 0], [0, 1])).toBeCloseTo(2 - 2 * k01, 14);
    expect(mmd([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(2 - 2 * k01), 14);
  });

  it('matches a hand-computed two-bit case with a single bandwidth', () => {
    // p = δ_00, q uniform on 4; σ = 1 so e = e^{-1/2}. K row sums are (1+e)², so
    // MMD² = K00 − 2·(1/4)Σ_y K(0,y) + (1/16)Σ_{x,y} K = 1 − (1+e)²/2 + (1+e)²/4 = 1 − (1+e)²/4.
    const e = Math.exp(-0.5);
    expect(mmdSquared([1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25], [1])).toBeCloseTo(1 - (1 + e) ** 2 / 4, 14);
  });

  it('agrees with the direct double sum, is symmetric and positive for different distributions', () => {
    for (const n of [1, 2, 3, 5]) {
      const p = randomDist(2 ** n, 10 + n);
      const q = randomDist(2 ** n, 20 + n);
      const fast = mmdSquared(p, q);
      expect(fast).toBeCloseTo(mmdNaive(p, q, SIGMAS), 13);
      expect(mmdSquared(q, p)).toBeCloseTo(fast, 15);
      expect(fast).toBeGreaterThan(0);
      expect(mmdSquared(p, q, [0.25, 10, 1000])).toBeCloseTo(mmdNaive(p, q, [0.25, 10, 1000]), 13);
    }
  });

  it('is finite where KL would be infinite', () => {
    expect(Number.isFinite(mmdSquared([0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]))).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => mmdSquared([0.5, 0.5], [0.5, 0.5], [])).toThrow();
    expect(() => mmdSquared([1 / 3, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 1 / 3])).toThrow(/2\^n/);
  });
});
