import { describe, expect, it } from 'vitest';
import {
  ghzCircuit, ghzState, inXBasis, oneMarginals, productDistribution, productOfMarginals, sampleIndependentBits,
  pairTable, parityCorrelation, agreementRate,
} from '../../../src/lib/entanglement';
import { totalVariation } from '../../../src/lib/metrics';
import { createRng, expectationPauli, probabilities, runCircuit, sampleIndices } from '../../../src/lib/quantum';

const BELL = [0.5, 0, 0, 0.5]; // (|00> + |11>)/√2: P(00) = P(11) = ½

describe('marginals and the product of marginals', () => {
  it('Bell: each qubit is a fair coin, so the product is uniform over 00, 01, 10, 11', () => {
    expect([...oneMarginals(BELL)]).toEqual([0.5, 0.5]);
    expect([...productOfMarginals(BELL)]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('product distribution by hand for unequal marginals', () => {
    // P(q0=1) = 0.2, P(q1=1) = 0.7: index 0 (00) = .8·.3, 1 (01: q0=1) = .2·.3, 2 (10) = .8·.7, 3 = .2·.7
    const p = productDistribution([0.2, 0.7]);
    [0.24, 0.06, 0.56, 0.14].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 15));
  });

  it('TV(Bell, product of its marginals) = ½: ½(|½−¼| + ¼ + ¼ + |½−¼|)', () => {
    expect(totalVariation(BELL, productOfMarginals(BELL))).toBeCloseTo(0.5, 15);
  });

  it('GHZ_n: TV to the product of marginals is 1 − 2^(1−n)', () => {
    for (const n of [2, 3, 4, 5]) {
      const p = probabilities(ghzState(n));
      expect(totalVariation(p, productOfMarginals(p))).toBeCloseTo(1 - 2 ** (1 - n), 12);
    }
  });
});

describe('sampling', () => {
  it('the independent sampler gives 01 or 10 about half the time; the Bell state never does', () => {
    // 20 000 shots, P(differ) = ½: std 0.0035; the ±0.025 window is > 7 std (false-failure probability < 1e-12).
    const shots = 20_000;
    const ind = sampleIndependentBits(oneMarginals(BELL), shots, createRng(11));
    const differ = 1 - agreementRate(ind, 2);
    expect(Math.abs(differ - 0.5)).toBeLessThan(0.025);
    const q = sampleIndices(probabilities(ghzState(2)), shots, createRng(12));
    expect(agreementRate(q, 2)).toBe(1);
    expect(parityCorrelation(q, 0, 1)).toBe(1);
    const t = pairTable(q, 1, 0);
    expect(t[0][1] + t[1][0]).toBe(0);
    expect(t[0][0] + t[1][1]).toBe(shots);
  });

  it('⟨ZZ⟩ = ⟨XX⟩ = 1 for Bell; X-basis shots also always agree', () => {
    const s = ghzState(2);
    expect(expectationPauli(s, 'ZZ')).toBeCloseTo(1, 14);
    expect(expectationPauli(s, 'XX')).toBeCloseTo(1, 14);
    expect(expectationPauli(s, 'ZI')).toBeCloseTo(0, 14);
    const x = sampleIndices(probabilities(runCircuit(inXBasis(ghzCircuit(2)))), 1000, createRng(3));
    expect(parityCorrelation(x, 0, 1)).toBe(1);
  });

  it('for a product state |ZZ| + |XX| ≤ 1 (checked on a grid of RY angles)', () => {
    // Product of RY(a)|0> ⊗ RY(b)|0>: <ZZ> = cos a cos b, <XX> = sin a sin b, so |ZZ|+|XX| ≤ |cos(a∓b)| ≤ 1.
    for (let a = 0; a < Math.PI; a += 0.3) {
      for (let b = 0; b < Math.PI; b += 0.3) {
        const s = runCircuit({ numQubits: 2, ops: [{ gate: 'ry', wires: [0], params: [a] }, { gate: 'ry', wires: [1], params: [b] }] });
        const zz = expectationPauli(s, 'ZZ');
        const xx = expectationPauli(s, 'XX');
        expect(zz).toBeCloseTo(Math.cos(a) * Math.cos(b), 12);
        expect(Math.abs(zz) + Math.abs(xx)).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
  });
});

describe('fullParity', () => {
  it('is the mean of (−1)^(number of ones)', async () => {
    const { fullParity } = await import('../../../src/lib/entanglement');
    // 000 → +1, 011 → +1, 111 → −1, 001 → −1: mean 0; [7,7,0] → (−1−1+1)/3
    expect(fullParity([0, 3, 7, 1])).toBe(0);
    expect(fullParity([7, 7, 0])).toBeCloseTo(-1 / 3, 15);
  });
  it('GHZ_3 in the X basis always has even parity: ⟨XXX⟩ = 1', async () => {
    const { fullParity } = await import('../../../src/lib/entanglement');
    const x = sampleIndices(probabilities(runCircuit(inXBasis(ghzCircuit(3)))), 2000, createRng(4));
    expect(fullParity(x)).toBe(1);
    expect(expectationPauli(ghzState(3), 'XXX')).toBeCloseTo(1, 14);
  });
});

describe('evenParityRate', () => {
  it('counts outcomes with an even number of ones', async () => {
    const { evenParityRate } = await import('../../../src/lib/entanglement');
    // 0 (even), 3 (even), 7 (odd), 1 (odd) → ½
    expect(evenParityRate([0, 3, 7, 1])).toBe(0.5);
    expect(evenParityRate([5, 6, 0])).toBe(1);
  });
});
