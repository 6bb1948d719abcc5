import { describe, expect, it } from 'vitest';
import {
  createRng, createSampler, expectationPauli, measureQubits, probabilities, runCircuit, sampleCounts, sampleIndices,
  stateFromAmplitudes, indexToBitstring, bitstringToIndex,
} from '../../../src/lib/quantum';
import { randomState } from './helpers';

describe('seeded PRNG (sfc32 seeded by splitmix32)', () => {
  it('matches an independent BigInt implementation of the same algorithm', () => {
    // Reference written from the algorithms' definitions with BigInt, so it shares no code or tricks with rng.ts.
    const M = 0xffffffffn;
    let s = 42n;
    const split = () => {
      s = (s + 0x9e3779b9n) & M;
      let z = s;
      z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
      z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
      return (z ^ (z >> 16n)) & M;
    };
    let [a, b, c, d] = [split(), split(), split(), split()];
    const ref = () => {
      const t = (a + b + d) & M;
      d = (d + 1n) & M;
      a = b ^ (b >> 9n);
      b = (c + (c << 3n)) & M;
      c = ((c << 21n) | (c >> 11n)) & M;
      c = (c + t) & M;
      return Number(t) / 2 ** 32;
    };
    const rng = createRng(42);
    for (let i = 0; i < 1000; i++) expect(rng()).toBe(ref());
  });

  it('is reproducible, seed-dependent and in [0, 1)', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs).not.toEqual(Array.from({ length: 100 }, () => c()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('bitstrings', () => {
  it('qubit 0 is the rightmost character', () => {
    expect(indexToBitstring(1, 3)).toBe('001');
    expect(indexToBitstring(4, 3)).toBe('100');
    expect(bitstringToIndex('110')).toBe(6);
    expect(() => bitstringToIndex('12')).toThrow(/0s and 1s/);
  });
});

describe('sampling', () => {
  it('draws follow the Born distribution (chi-square goodness of fit)', () => {
    const p = probabilities(randomState(4, createRng(5)));
    const shots = 100_000;
    const idx = sampleIndices(p, shots, createRng(11));
    const counts = new Array(16).fill(0);
    for (const k of idx) counts[k]++;
    const chi2 = counts.reduce((acc, o, k) => acc + (o - shots * p[k]!) ** 2 / (shots * p[k]!), 0);
    // 15 degrees of freedom: P(chi2 > 50) is about 1e-5 for a correct sampler (and the seed is fixed anyway).
    expect(chi2).toBeLessThan(50);
  });

  it('same seed, same draws; different seed, different draws', () => {
    const p = probabilities(randomState(3, createRng(1)));
    expect(sampleIndices(p, 500, createRng(3))).toEqual(sampleIndices(p, 500, createRng(3)));
    expect(sampleIndices(p, 500, createRng(3))).not.toEqual(sampleIndices(p, 500, createRng(4)));
  });

  it('keys counts by bitstring with qubit 0 rightmost', () => {
    const s = runCircuit({ numQubits: 3, ops: [{ gate: 'x', wires: [0] }] });
    expect([...sampleCounts(probabilities(s), 100, createRng(1))]).toEqual([['001', 100]]);
  });

  it('rejects bad shot counts and bad probabilities with a message', () => {
    expect(() => sampleIndices([0.5, 0.5], -1, createRng(1))).toThrow(/shots must be a whole number/);
    expect(() => sampleIndices([0.5, 0.5], 1.5, createRng(1))).toThrow(/shots/);
    expect(() => createSampler([0.5, Number.NaN])).toThrow(/probability 1/);
    expect(() => createSampler([0, 0])).toThrow(/sum to 0/);
  });

  it('never returns an outcome of probability zero', () => {
    const draw = createSampler([0, 0.3, 0, 0.7]);
    const rng = createRng(9);
    for (let i = 0; i < 10_000; i++) expect([1, 3]).toContain(draw(rng));
  });
});

describe('Pauli expectations', () => {
  const bell = runCircuit({ numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }] });
  it('match hand values on |0>, |1>, |+> and the Bell state', () => {
    expect(expectationPauli(stateFromAmplitudes([1, 0]), 'Z')).toBe(1);
    expect(expectationPauli(stateFromAmplitudes([0, 1]), 'Z')).toBe(-1);
    expect(expectationPauli(stateFromAmplitudes([Math.SQRT1_2, Math.SQRT1_2]), 'X')).toBeCloseTo(1, 15);
    expect(expectationPauli(stateFromAmplitudes([Math.SQRT1_2, 0], [0, Math.SQRT1_2]), 'Y')).toBeCloseTo(1, 15);
    expect(expectationPauli(bell, 'ZZ')).toBeCloseTo(1, 15);
    expect(expectationPauli(bell, 'XX')).toBeCloseTo(1, 15);
    expect(expectationPauli(bell, 'YY')).toBeCloseTo(-1, 15);
    expect(expectationPauli(bell, 'ZI')).toBeCloseTo(0, 15);
  });
  it('reads the rightmost character as qubit 0', () => {
    const s = runCircuit({ numQubits: 2, ops: [{ gate: 'x', wires: [0] }] });
    expect(expectationPauli(s, 'IZ')).toBe(-1);
    expect(expectationPauli(s, 'ZI')).toBe(1);
  });
  it('rejects a string of the wrong length or alphabet', () => {
    expect(() => expectationPauli(bell, 'Z')).toThrow(/expected 2 characters/);
    expect(() => expectationPauli(bell, 'ZQ')).toThrow(/I, X, Y, Z/);
  });
});

describe('partial measurement', () => {
  it('collapses a Bell state to a correlated, normalised state', () => {
    const bell = runCircuit({ numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }] });
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const { bits, state } = measureQubits(bell, [0], createRng(seed));
      seen.add(bits);
      const p = probabilities(state);
      expect(p[0]! + p[3]!).toBeCloseTo(1, 14);
      expect(bits === '0' ? p[0] : p[3]).toBeCloseTo(1, 14);
    }
    expect(seen).toEqual(new Set(['0', '1']));
  });
});
