// The MPS Born machine against independent maths: every amplitude recomputed as a plain product of matrices (one
// bit string at a time, no shared prefixes, no transfer matrices), the gradient against central finite differences,
// exact samples against the probabilities, and a short seeded training run.
import { describe, expect, it } from 'vitest';
import {
  bondDimensions, createMpsSampler, createMpsTrainer, denseAmplitudes, mpsFromTheta, mpsMmdGradient, mpsParameterCount, mpsProbabilities,
  normalisation, randomMps, tensorEntry, type Mps,
} from '../../../src/lib/classical/mps-born-machine';
import { mmdLoss } from '../../../src/lib/born-machine/mmd-loss';
import { basDistribution, isBarsAndStripes } from '../../../src/lib/datasets';
import { createRng } from '../../../src/lib/quantum';

/** ψ(x) = A₀[x₀] · … · A_{n−1}[x_{n−1}] as a row vector times matrices, for one x. */
function amplitudeByHand(m: Mps, x: number): number {
  let row = [1];
  for (let k = 0; k < m.numSites; k++) {
    const s = (x >> k) & 1;
    const next = new Array<number>(m.bonds[k + 1]!).fill(0);
    for (let a = 0; a < row.length; a++) for (let b = 0; b < next.length; b++) next[b]! += row[a]! * tensorEntry(m, k, a, s, b);
    row = next;
  }
  return row[0]!;
}

function denseByHand(m: Mps): number[] {
  return Array.from({ length: 2 ** m.numSites }, (_, x) => amplitudeByHand(m, x));
}

describe('MPS shapes', () => {
  it('caps each bond at D and at the largest rank a cut can have', () => {
    expect(bondDimensions(6, 3)).toEqual([1, 2, 3, 3, 3, 2, 1]);
    expect(bondDimensions(4, 1)).toEqual([1, 1, 1, 1, 1]);
    // 3×3 images, D = 8: 2·(1·2 + 2·4 + 4·8 + 8·8 + 8·8 + 8·8 + 8·4 + 4·2 + 2·1) = 552
    expect(mpsParameterCount(9, 8)).toBe(552);
  });
});

describe('MPS probabilities', () => {
  for (const [n, d, seed] of [[1, 2, 3], [4, 2, 1], [5, 3, 7], [6, 8, 2]] as const) {
    it(`n = ${n}, D = ${d}: amplitudes, Z and p match a bit-string-by-bit-string product of matrices`, () => {
      const m = randomMps(n, d, createRng(seed), 0.9);
      const byHand = denseByHand(m);
      const psi = denseAmplitudes(m);
      byHand.forEach((v, x) => expect(psi[x]).toBeCloseTo(v, 12));
      const z = byHand.reduce((s, v) => s + v * v, 0);
      expect(normalisation(m)).toBeCloseTo(z, 10);
      const p = mpsProbabilities(m);
      byHand.forEach((v, x) => expect(p[x]).toBeCloseTo((v * v) / z, 12));
      expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    });
  }

  it('D = 1 is a product of independent bits', () => {
    // A₀ = [a, b] and A₁ = [c, d] (1 × 1 matrices): p(x₁x₀) ∝ (A₀[x₀]·A₁[x₁])², which factorises.
    const m = mpsFromTheta(2, 1, [1, 2, 3, 1]);
    const p = mpsProbabilities(m);
    const z = (1 + 4) * (9 + 1);
    expect([...p].map((v) => v * z)).toEqual([9, 36, 1, 4].map((v) => expect.closeTo(v, 10)));
  });
});

describe('MPS exact sampling', () => {
  it('frequencies match the probabilities (chi-square, 16 outcomes)', () => {
    const m = randomMps(4, 2, createRng(11), 0.9);
    const p = mpsProbabilities(m);
    const draw = createMpsSampler(m);
    const rng = createRng(2024);
    const shots = 20_000;
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < shots; i++) counts[draw(rng)]!++;
    const chi2 = counts.reduce((acc, o, k) => acc + (o - shots * p[k]!) ** 2 / (shots * p[k]!), 0);
    // 15 degrees of freedom; 56.49 is the chi-square(15) upper 1e-6 quantile (scipy.stats.chi2.isf(1e-6, 15)), so a
    // correct sampler fails this with probability 1e-6 for the fixed seed. The lower bound catches a sampler that
    // returned the expected counts exactly (chi2 that small has probability below 1e-6 too).
    expect(chi2).toBeLessThan(56.49);
    expect(chi2).toBeGreaterThan(1);
  });

  it('never draws an outcome of probability zero', () => {
    // A GHZ-like MPS: A₀[s] = e_s, A_k[s] = |s⟩⟨s|, A_{n−1}[s] = e_sᵀ, so only 0…0 and 1…1 have amplitude.
    const n = 6;
    const theta: number[] = [1, 0, 0, 1];
    for (let k = 1; k < n - 1; k++) theta.push(1, 0, 0, 0, 0, 0, 0, 1); // (a·2 + s)·2 + b: a = s = b only
    theta.push(1, 0, 0, 1);
    const m = mpsFromTheta(n, 2, theta);
    const draw = createMpsSampler(m);
    const rng = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(draw(rng));
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 63]); // both appear: P(missing one in 500 fair draws) = 2^-499
  });
});

describe('MPS gradient of the MMD² loss', () => {
  it('matches central finite differences in every tensor entry', () => {
    const rows = 2, cols = 2;
    const data = basDistribution(rows, cols);
    const m = randomMps(rows * cols, 3, createRng(4), 0.7);
    const { loss, gradient } = mpsMmdGradient(m, data);
    expect(loss).toBeCloseTo(mmdLoss(mpsProbabilities(m), data), 12);
    const h = 1e-5;
    for (let i = 0; i < m.theta.length; i++) {
      const plus = mpsFromTheta(m.numSites, m.maxBond, m.theta);
      const minus = mpsFromTheta(m.numSites, m.maxBond, m.theta);
      plus.theta[i]! += h;
      minus.theta[i]! -= h;
      const fd = (mmdLoss(mpsProbabilities(plus), data) - mmdLoss(mpsProbabilities(minus), data)) / (2 * h);
      expect(Math.abs(gradient[i]! - fd)).toBeLessThan(1e-7 + 1e-5 * Math.abs(fd));
    }
    expect(gradient.some((g) => Math.abs(g) > 1e-4)).toBe(true); // not a flat point, or the comparison proves nothing
  });
});

describe('MPS Born machine training on 3×3 bars and stripes', () => {
  it('D = 8, Adam at 0.1, seed 1: χ ≥ 95 % within 500 steps', () => {
    const t = createMpsTrainer({ rows: 3, cols: 3, bondDim: 8, lr: 0.1, seed: 1 });
    expect(t.numParams).toBe(552);
    const start = t.stats();
    let s = start;
    for (let i = 0; i < 500; i++) s = t.step();
    expect(start.chi).toBeLessThan(0.2);
    expect(s.chi).toBeGreaterThanOrEqual(0.95);
    expect(s.loss).toBeLessThan(start.loss / 100);
    // Exact samples of the trained model are valid images at about the rate χ says.
    const samples = t.sample(200, 3);
    expect(samples.filter((x) => isBarsAndStripes(x, 3, 3)).length).toBeGreaterThan(170); // χ ≥ 0.95: P(≤ 170 of 200) < 1e-6
  });

  it('D = 1 (independent pixels) cannot learn it', () => {
    const t = createMpsTrainer({ rows: 3, cols: 3, bondDim: 1, lr: 0.1, seed: 1 });
    let s = t.stats();
    for (let i = 0; i < 100; i++) s = t.step();
    expect(s.chi).toBeLessThan(0.2);
  });
});

describe('why D = 8 suffices for 3×3 bars and stripes', () => {
  it('the largest rank of √π(x) across a cut of the chain is 8 (Gaussian elimination, independent of the MPS code)', () => {
    const p = basDistribution(3, 3);
    const ranks: number[] = [];
    for (let k = 1; k < 9; k++) {
      // Rows: the first k bits; columns: the rest.
      const rows = Array.from({ length: 1 << k }, (_, r) => Array.from({ length: 1 << (9 - k) }, (_, c) => Math.sqrt(p[r | (c << k)]!)));
      let rank = 0;
      for (let c = 0; c < rows[0]!.length && rank < rows.length; c++) {
        const piv = rows.findIndex((row, i) => i >= rank && Math.abs(row[c]!) > 1e-9);
        if (piv < 0) continue;
        [rows[rank], rows[piv]] = [rows[piv]!, rows[rank]!];
        for (let r = rank + 1; r < rows.length; r++) {
          const f = rows[r]![c]! / rows[rank]![c]!;
          if (f !== 0) rows[r] = rows[r]!.map((v, j) => v - f * rows[rank]![j]!);
        }
        rank++;
      }
      ranks.push(rank);
    }
    expect(Math.max(...ranks)).toBe(8);
    expect(ranks.filter((r) => r > 4).length).toBeGreaterThan(0); // so D = 4 cannot be exact
  });
});
