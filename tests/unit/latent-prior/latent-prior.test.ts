import { describe, expect, it } from 'vitest';
import { barsAndStripes, basDistribution } from '../../../src/lib/datasets';
import { createRng } from '../../../src/lib/quantum';
import { totalVariation } from '../../../src/lib/metrics';
import {
  bitMarginals, bornCircuit, bornPrior, coverage, decodeAll, decodeLatent, distinctCount, entropyBits, expectedCoverage, expectedDistinct,
  fittedPrior, independentBitsPrior, pushForward, sampleCircuitShots, sampleTable, uniformPrior,
} from '../../../src/lib/latent-prior';

describe('decoder', () => {
  it('hand cases: 0001 → top row (pixels 0,1,2 = 7); 1001 → left column (pixels 0,3,6 = 73); 0110 → rows 1 and 2', () => {
    expect(decodeLatent(0b0001)).toBe(7);
    expect(decodeLatent(0b1001)).toBe(1 + 8 + 64);
    expect(decodeLatent(0b0110)).toBe(8 + 16 + 32 + 64 + 128 + 256);
    expect(decodeLatent(0b1100)).toBe(4 + 32 + 256);
  });
  it('blank and full images come from two codes each', () => {
    expect(decodeLatent(0)).toBe(0);
    expect(decodeLatent(8)).toBe(0);
    expect(decodeLatent(7)).toBe(511);
    expect(decodeLatent(15)).toBe(511);
  });
  it('the 16 codes decode onto exactly the 14 bars-and-stripes images', () => {
    const images = new Set(Array.from({ length: 16 }, (_, c) => decodeLatent(c)));
    expect([...images].sort((a, b) => a - b)).toEqual(barsAndStripes(3, 3).indices);
  });
  it('rejects codes outside 0..15', () => {
    expect(() => decodeLatent(16)).toThrow();
  });
});

describe('priors', () => {
  it('RY(π/2) everywhere and no coupling gives the uniform prior (each qubit a fair coin)', () => {
    const p = bornPrior({ orientation: Math.PI / 2, lines: Math.PI / 2, coupling: 0 });
    for (const v of p) expect(v).toBeCloseTo(1 / 16, 14);
  });
  it('orientation marginal is sin²(α/2)', () => {
    const m = bitMarginals(bornPrior({ orientation: 1.1, lines: 0.4, coupling: 0.9 }));
    expect(m[3]).toBeCloseTo(Math.sin(0.55) ** 2, 12);
    expect(m[0]).toBeCloseTo(Math.sin(0.2) ** 2, 12);
  });
  it('independent bits with marginals ½ are uniform; with marginals (1,0,0,0) all mass is on code 0001', () => {
    for (const v of independentBitsPrior([0.5, 0.5, 0.5, 0.5])) expect(v).toBeCloseTo(1 / 16, 15);
    const p = independentBitsPrior([1, 0, 0, 0]);
    expect(p[1]).toBe(1);
  });
  it('the fitted table gives 1/14 to twelve codes and 1/28 to the four blank/full codes, and decodes to the target exactly', () => {
    const target = basDistribution(3, 3);
    const f = fittedPrior(target);
    for (const c of [0, 8, 7, 15]) expect(f[c]).toBeCloseTo(1 / 28, 15);
    for (const c of [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14]) expect(f[c]).toBeCloseTo(1 / 14, 15);
    expect(totalVariation(pushForward(f), target)).toBeLessThan(1e-15);
  });
  it('the circuit is 4 qubits with two CRY couplings', () => {
    expect(bornCircuit({ orientation: 0, lines: 0, coupling: 0 }).ops.filter((o) => o.gate === 'cry').length).toBe(2);
  });
});

describe('diversity measures', () => {
  it('uniform prior: images 1/16 each except blank and full at 1/8, entropy 12·(1/16)·4 + 2·(1/8)·3 = 3.75 bits', () => {
    expect(entropyBits(pushForward(uniformPrior()))).toBeCloseTo(3.75, 14);
  });
  it('uniform target over 14 images has entropy log2 14; a point mass has 0', () => {
    expect(entropyBits(basDistribution(3, 3))).toBeCloseTo(Math.log2(14), 14);
    expect(entropyBits([0, 1, 0])).toBe(0);
  });
  it('uniform prior is TV 24/224 = 3/28 from the uniform target (hand)', () => {
    expect(totalVariation(pushForward(uniformPrior()), basDistribution(3, 3))).toBeCloseTo(3 / 28, 14);
  });
  it('coverage and distinct count, by hand', () => {
    expect(coverage([7, 7, 73], [7, 73, 0, 511])).toBe(0.5);
    expect(distinctCount([7, 7, 73])).toBe(2);
  });
  it('expected distinct in 2 draws from a fair coin is 2·(1 − ¼) = 1.5; expected coverage of {0} is ¾', () => {
    expect(expectedDistinct([0.5, 0.5], 2)).toBeCloseTo(1.5, 15);
    expect(expectedCoverage([0.5, 0.5], [0], 2)).toBeCloseTo(0.75, 15);
  });
});

describe('same probabilities ⇒ same samples', () => {
  // A prior with all 16 codes possible, so the test has 15 degrees of freedom.
  const angles = { orientation: 1.3, lines: 1.9, coupling: 2.2 };
  const prior = bornPrior(angles);

  it('a table with the same probabilities and the same random numbers gives identical samples', () => {
    const copy = Float64Array.from(prior);
    expect(Array.from(sampleTable(copy, 500, createRng(9)))).toEqual(Array.from(sampleTable(prior, 500, createRng(9))));
  });

  it('shot-by-shot measurement of the circuit and the classical table are statistically indistinguishable', () => {
    // Two-sample χ² homogeneity test on 20,000 codes each, 16 categories (df = 15). Under the claim the statistic
    // is χ²₁₅-distributed; the 1 − 10⁻⁴ quantile is 44.26 (tables), so a false failure has probability 10⁻⁴.
    const N = 20_000;
    const a = sampleCircuitShots(bornCircuit(angles), N, createRng(11));
    const b = sampleTable(prior, N, createRng(12));
    const ca = new Array<number>(16).fill(0);
    const cb = new Array<number>(16).fill(0);
    for (const x of a) ca[x]!++;
    for (const x of b) cb[x]!++;
    let chi2 = 0;
    for (let k = 0; k < 16; k++) if (ca[k]! + cb[k]! > 0) chi2 += (ca[k]! - cb[k]!) ** 2 / (ca[k]! + cb[k]!);
    expect(prior.every((p) => p > 1e-3)).toBe(true);
    expect(chi2).toBeLessThan(44.26);
  });

  it('decoding preserves equality: the decoded images of equal code samples are equal', () => {
    const s = sampleTable(prior, 100, createRng(3));
    expect(Array.from(decodeAll(s))).toEqual(Array.from(s, (c) => decodeLatent(c)));
  });
});
