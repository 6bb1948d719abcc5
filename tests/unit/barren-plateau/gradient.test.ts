import { describe, expect, it } from 'vitest';
import { createRng, type Circuit } from '../../../src/lib/quantum';
import {
  expectation, fitExponentialDecay, globalZ, gradientsAt, localZZ, parameterShift, randomHardwareEfficient, sampleVariance, shotsToResolve,
  varianceStandardError, withAngle,
} from '../../../src/lib/barren-plateau';

describe('parameter-shift gradients', () => {
  it.each([2, 3, 4, 5])('match central finite differences to 1e-8 on random %i-qubit circuits, every parameter', (n) => {
    const rng = createRng(40 + n);
    const { circuit, opIndex } = randomHardwareEfficient(n, 3, rng);
    for (const pauli of [localZZ(n), globalZ(n)]) {
      for (const idx of opIndex) {
        const theta = circuit.ops[idx]!.params![0]!;
        const h = 1e-5;
        const fd = (expectation(withAngle(circuit, idx, theta + h), pauli) - expectation(withAngle(circuit, idx, theta - h), pauli)) / (2 * h);
        expect(Math.abs(parameterShift(circuit, idx, pauli) - fd)).toBeLessThan(1e-8);
      }
    }
  });

  it('one qubit RY(θ)|0⟩: ⟨Z⟩ = cos θ, so the gradient is −sin θ (hand)', () => {
    for (const t of [0, 0.3, 1, 2.5, -1.2]) {
      const c: Circuit = { numQubits: 1, ops: [{ gate: 'ry', wires: [0], params: [t] }] };
      expect(parameterShift(c, 0, 'Z')).toBeCloseTo(-Math.sin(t), 12);
    }
  });

  it('the observables put Z on qubits 0 and 1 (rightmost characters) or on all qubits', () => {
    expect(localZZ(4)).toBe('IIZZ');
    expect(globalZ(3)).toBe('ZZZ');
  });

  it('random circuits: RY(π/4) on each qubit, then per layer n rotations and n−1 CZs', () => {
    const { circuit, opIndex } = randomHardwareEfficient(4, 2, createRng(1));
    expect(circuit.ops.length).toBe(4 + 2 * (4 + 3));
    expect(opIndex.length).toBe(8);
    for (const i of opIndex) expect(['rx', 'ry', 'rz']).toContain(circuit.ops[i]!.gate);
  });

  it('is reproducible from the seed', () => {
    expect(Array.from(gradientsAt(4, 5, 4, 'local', 3)!)).toEqual(Array.from(gradientsAt(4, 5, 4, 'local', 3)!));
  });
});

describe('variance estimator', () => {
  it('unbiased sample variance of 1, 2, 3, 4 is 5/3 (hand)', () => {
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 14);
  });

  it('gradient of RY(θ)|0⟩ with θ uniform on [0, 2π): variance of −sin θ is 1/2', () => {
    // M = 4000 draws. Var(s²) ≈ (E sin⁴ − (E sin²)²)/M = (3/8 − 1/4)/4000, so sd ≈ 0.0056; the 0.028 tolerance is
    // 5 sd: a false failure has probability below 1e-6 (normal approximation). The seed is fixed anyway.
    const rng = createRng(2024);
    const g = new Float64Array(4000);
    for (let i = 0; i < g.length; i++) {
      g[i] = parameterShift({ numQubits: 1, ops: [{ gate: 'ry', wires: [0], params: [2 * Math.PI * rng()] }] }, 0, 'Z');
    }
    expect(Math.abs(sampleVariance(g) - 0.5)).toBeLessThan(0.028);
    expect(varianceStandardError(g)).toBeGreaterThan(0.004);
    expect(varianceStandardError(g)).toBeLessThan(0.007);
  });

  it('recovers the base of an exact exponential decay (variance = 3·4^−n)', () => {
    const fit = fitExponentialDecay([2, 4, 6, 8].map((n) => ({ n, variance: 3 * 4 ** -n })))!;
    expect(fit.base).toBeCloseTo(4, 10);
    expect(fit.predict(10)).toBeCloseTo(3 * 4 ** -10, 15);
  });

  it('shots to resolve a gradient ≈ 1/Var', () => {
    expect(shotsToResolve(1e-3)).toBe(1000);
    expect(shotsToResolve(0)).toBe(Infinity);
  });
});
