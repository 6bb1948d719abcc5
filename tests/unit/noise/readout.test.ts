import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReadoutError, confusionMatrix, mitigateReadout, type ReadoutError } from '../../../src/lib/noise';
import { totalVariation } from '../../../src/lib/metrics';
import { createRng, sampleIndices } from '../../../src/lib/quantum';

/** The full 2^n x 2^n confusion matrix as an explicit Kronecker product, qubit 0 the least significant factor. */
function fullConfusion(errors: ReadoutError[]): number[][] {
  let m: number[][] = [[1]];
  for (let q = errors.length - 1; q >= 0; q--) {
    const a = confusionMatrix(errors[q]!);
    const size = m.length * 2;
    const next = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    // index = (bit of qubit q) placed below the bits of the qubits above it: kron(m_high, a)
    for (let i = 0; i < m.length; i++) for (let j = 0; j < m.length; j++) for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) next[i * 2 + r]![j * 2 + c] = m[i]![j]! * a[r]![c]!;
    m = next;
  }
  return m;
}

const errArb = fc.record({ p01: fc.double({ min: 0, max: 0.2, noNaN: true }), p10: fc.double({ min: 0, max: 0.2, noNaN: true }) });
const distArb = (n: number) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n })
  .filter((w) => w.reduce((a, b) => a + b, 0) > 1e-3).map((w) => { const s = w.reduce((a, b) => a + b, 0); return w.map((v) => v / s); });

describe('readout error', () => {
  it('is the tensor product of per-qubit 2x2 confusion matrices (explicit Kronecker product, 3 qubits)', () => {
    fc.assert(fc.property(fc.array(errArb, { minLength: 3, maxLength: 3 }), distArb(3), (errors, p) => {
      const full = fullConfusion(errors);
      const expected = full.map((row) => row.reduce((s, v, j) => s + v * p[j]!, 0));
      const got = applyReadoutError(p, errors);
      for (let i = 0; i < 8; i++) expect(got[i]).toBeCloseTo(expected[i]!, 13);
    }), { numRuns: 200, seed: 3 });
  });

  it('is asymmetric as asked: |1⟩ read with p10 = 0.05 reports 0 five times in a hundred, |0⟩ with p01 = 0.01 once', () => {
    expect(applyReadoutError([0, 1], [{ p01: 0.01, p10: 0.05 }])[0]).toBeCloseTo(0.05, 15);
    expect(applyReadoutError([1, 0], [{ p01: 0.01, p10: 0.05 }])[1]).toBeCloseTo(0.01, 15);
  });

  it('mitigation recovers the true distribution exactly from the exact noisy one', () => {
    fc.assert(fc.property(fc.array(errArb, { minLength: 3, maxLength: 3 }), distArb(3), (errors, p) => {
      const back = mitigateReadout(applyReadoutError(p, errors), errors);
      expect(totalVariation(back, p)).toBeLessThan(1e-12);
    }), { numRuns: 200, seed: 4 });
  });

  it('mitigation of sampled counts returns a valid distribution (clipped and renormalised) closer to the truth', () => {
    // Bell-like truth on 2 qubits: half 00, half 11.
    const truth = [0.5, 0, 0, 0.5];
    const errors = [{ p01: 0.02, p10: 0.08 }, { p01: 0.03, p10: 0.1 }];
    const noisy = applyReadoutError(truth, errors);
    const shots = 20_000;
    const counts = new Float64Array(4);
    for (const i of sampleIndices(noisy, shots, createRng(11))) counts[i]!++;
    const freq = counts.map((c) => c / shots);
    const fixed = mitigateReadout(freq, errors);
    expect(Math.min(...fixed)).toBeGreaterThanOrEqual(0);
    expect(fixed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Readout bias here is TVD ≈ 0.11; shot noise at 20,000 shots is ≈ 0.005, so < 0.03 fails with negligible
    // probability (over 5 standard deviations) for a correct mitigation and always for none.
    expect(totalVariation(freq, truth)).toBeGreaterThan(0.08);
    expect(totalVariation(fixed, truth)).toBeLessThan(0.03);
  });

  it('refuses readout errors of 50 % or more (the matrix would not be invertible or would swap outcomes)', () => {
    expect(() => applyReadoutError([1, 0], [{ p01: 0.5, p10: 0 }])).toThrow(/\[0, 0\.5\)/);
  });
});
