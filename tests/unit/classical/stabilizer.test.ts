// The stabilizer tableau against the course's state-vector engine (src/lib/quantum), which knows nothing of
// tableaux: the same circuit objects run through both, and the tableau's outcomes must be exactly the engine's
// support, uniformly weighted as the engine's probabilities say, with the right single-qubit marginals.
import { describe, expect, it } from 'vitest';
import {
  bitsToIndex, bitsToString, createStabilizerSampler, createTableau, ghzCircuit, measureAll, measureQubit, randomCliffordCircuit, runClifford,
  stabilizerSupport, supportDimension, bellPairsCircuit,
} from '../../../src/lib/classical/stabilizer';
import { createRng, probabilities, runCircuit, type Circuit } from '../../../src/lib/quantum';

function engineProbs(c: Circuit): Float64Array {
  return probabilities(runCircuit(c));
}

describe('stabilizer tableau vs the state-vector engine', () => {
  it('single-qubit phases: H S S H |0⟩ = |1⟩ and S†S is the identity', () => {
    const rng = createRng(1);
    expect(measureQubit(runClifford({ numQubits: 1, ops: [{ gate: 'h', wires: [0] }, { gate: 's', wires: [0] }, { gate: 's', wires: [0] }, { gate: 'h', wires: [0] }] }), 0, rng)).toBe(1);
    const c: Circuit = { numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 's', wires: [0] }, { gate: 'sdg', wires: [0] }, { gate: 'h', wires: [0] }, { gate: 'x', wires: [1] }] };
    expect(bitsToString(measureAll(runClifford(c), rng))).toBe('10');
    expect(() => runClifford({ numQubits: 1, ops: [{ gate: 't', wires: [0] }] })).toThrow(/not a Clifford gate/);
  });

  // 36 random circuits from 1 to 12 qubits, fixed seeds.
  for (let n = 1; n <= 12; n++) {
    it(`${n} qubits: support, probabilities and marginals agree on random Clifford circuits`, () => {
      for (let rep = 0; rep < 3; rep++) {
        const seed = 100 * n + rep;
        const c = randomCliffordCircuit(n, 2 + rep, createRng(seed));
        c.ops.push({ gate: 'cz', wires: [0, n - 1] }, { gate: 'y', wires: [n - 1] }, { gate: 'z', wires: [0] });
        if (n === 1) c.ops.splice(-3, 1); // CZ needs two qubits
        const p = engineProbs(c);
        const engineSupport = [...p.keys()].filter((x) => p[x]! > 1e-12);
        const t = runClifford(c);
        const rng = createRng(seed + 7);
        const support = stabilizerSupport(t, rng);
        const r = supportDimension(support);
        // The engine's nonzero probabilities are all 2^−r: the stabilizer theory of outcome distributions.
        expect(engineSupport.length).toBe(2 ** r);
        for (const x of engineSupport) expect(p[x]).toBeCloseTo(2 ** -r, 10);
        // The coset x₀ ⊕ span(basis), enumerated, is exactly the engine's support.
        const basis = support.basis.map((v) => v[0]!);
        const coset = new Set<number>();
        for (let m = 0; m < 2 ** r; m++) {
          let x = bitsToIndex(support.offset);
          for (let j = 0; j < r; j++) if ((m >> j) & 1) x ^= basis[j]!;
          coset.add(x);
        }
        expect([...coset].sort((a, b) => a - b)).toEqual(engineSupport);
        // CHP shots: inside the support, and each qubit's marginal (0, ½ or 1 for a stabilizer state) matches.
        const shots = 200;
        const ones = new Array<number>(n).fill(0);
        for (let s = 0; s < shots; s++) {
          const bits = measureAll(t, rng);
          expect(p[bitsToIndex(bits)]).toBeGreaterThan(1e-12);
          bits.forEach((b, q) => (ones[q]! += b));
        }
        for (let q = 0; q < n; q++) {
          const marginal = engineSupport.reduce((acc, x) => acc + ((x >> q) & 1) * p[x]!, 0);
          if (marginal < 1e-9 || marginal > 1 - 1e-9) expect(ones[q]! / shots).toBe(Math.round(marginal));
          // ½: |f − ½| ≥ 0.2 in 200 fair coins has probability ≤ 2·exp(−2·200·0.04) ≈ 2e-7 per qubit (Hoeffding).
          else expect(Math.abs(ones[q]! / shots - 0.5)).toBeLessThan(0.2);
        }
      }
    });
  }

  it('the fast sampler draws the engine distribution (chi-square over a 16-outcome support)', () => {
    const c: Circuit = { numQubits: 6, ops: [
      { gate: 'h', wires: [0] }, { gate: 'h', wires: [1] }, { gate: 'h', wires: [2] }, { gate: 'h', wires: [3] },
      { gate: 'cx', wires: [0, 4] }, { gate: 'cx', wires: [1, 5] }, { gate: 'cx', wires: [2, 4] }, { gate: 's', wires: [3] },
      { gate: 'h', wires: [3] }, { gate: 'cz', wires: [3, 5] }, { gate: 'cx', wires: [5, 3] },
    ] };
    const p = engineProbs(c);
    const support = [...p.keys()].filter((x) => p[x]! > 1e-12);
    expect(support.length).toBe(16);
    const draw = createStabilizerSampler(stabilizerSupport(runClifford(c), createRng(3)));
    const rng = createRng(4);
    const shots = 16_000;
    const counts = new Map<number, number>();
    for (let s = 0; s < shots; s++) {
      const x = bitsToIndex(draw(rng));
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect([...counts.keys()].every((x) => p[x]! > 1e-12)).toBe(true);
    const chi2 = support.reduce((acc, x) => acc + ((counts.get(x) ?? 0) - shots * p[x]!) ** 2 / (shots * p[x]!), 0);
    // 15 degrees of freedom: 56.49 is the chi-square(15) upper 1e-6 quantile (scipy.stats.chi2.isf(1e-6, 15)), so a
    // correct sampler fails with probability 1e-6 for these seeds.
    expect(chi2).toBeLessThan(56.49);
    expect(chi2).toBeGreaterThan(1);
  });
});

describe('a thousand qubits', () => {
  it('GHZ on 1,000 qubits gives all 0s or all 1s, both seen, from CHP and from the fast sampler', () => {
    const n = 1000;
    const t = runClifford(ghzCircuit(n));
    const rng = createRng(9);
    const zeros = '0'.repeat(n), ones = '1'.repeat(n);
    const chp = [0].map(() => bitsToString(measureAll(t, rng)));
    chp.forEach((s) => expect([zeros, ones]).toContain(s));
    const support = stabilizerSupport(t, rng);
    expect(supportDimension(support)).toBe(1);
    const draw = createStabilizerSampler(support);
    const seen = new Set<string>();
    for (let s = 0; s < 60; s++) seen.add(bitsToString(draw(rng)));
    expect([...seen].sort()).toEqual([zeros, ones]); // missing one in 60 fair draws: probability 2^−59
  });

  it('Bell pairs on 1,000 qubits: every pair agrees, 500 independent coins', () => {
    const t = runClifford(bellPairsCircuit(1000));
    const s = stabilizerSupport(t, createRng(2));
    expect(supportDimension(s)).toBe(500);
    const bits = createStabilizerSampler(s)(createRng(3));
    for (let q = 0; q < 1000; q += 2) expect(bits[q]).toBe(bits[q + 1]);
  });

  it('starts in |0…0⟩ and rejects bad sizes', () => {
    expect(bitsToString(measureAll(createTableau(40), createRng(1)))).toBe('0'.repeat(40));
    expect(() => createTableau(0)).toThrow(/whole number/);
  });
});
