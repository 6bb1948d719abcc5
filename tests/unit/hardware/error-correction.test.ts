import { describe, expect, it } from 'vitest';
import { WILLOW_2024, logicalErrorPerCycle, physicalQubitsPerLogical, planErrorCorrection } from '../../../src/lib/hardware';

describe('surface-code extrapolation from Willow (Λ = 2.14, 0.143 % at d = 7)', () => {
  it('divides the error by Λ per distance step of 2, worked by hand', () => {
    expect(logicalErrorPerCycle(7)).toBeCloseTo(1.43e-3, 15);
    expect(logicalErrorPerCycle(9)).toBeCloseTo(1.43e-3 / 2.14, 15);
    expect(logicalErrorPerCycle(5)).toBeCloseTo(1.43e-3 * 2.14, 15); // the paper's d = 5 point, up to rounding of Λ
    expect(logicalErrorPerCycle(27)).toBeCloseTo(1.43e-3 / 2.14 ** 10, 18);
    expect(() => logicalErrorPerCycle(8)).toThrow(/odd/);
  });

  it('counts d² data plus d² − 1 measure qubits (97 at d = 7, Willow used 101 with extras)', () => {
    expect(physicalQubitsPerLogical(7)).toBe(97);
    expect(physicalQubitsPerLogical(3)).toBe(17);
  });

  it('picks the smallest odd distance whose union-bound failure fits the budget', () => {
    const plan = planErrorCorrection(784, 100, 0.5);
    const d = plan.distance!;
    const fail = (k: number) => 784 * 100 * k * logicalErrorPerCycle(k);
    expect(fail(d)).toBeLessThanOrEqual(0.5);
    expect(fail(d - 2)).toBeGreaterThan(0.5);
    expect(plan.physicalQubits).toBe(784 * (2 * d * d - 1));
    expect(plan.runtimeSeconds).toBeCloseTo((100 * d * 1.1) / 1e6, 15);
  });

  it('needs more qubits for a stricter budget and fewer with a better Λ', () => {
    const loose = planErrorCorrection(100, 1000, 0.5);
    const strict = planErrorCorrection(100, 1000, 0.001);
    const better = planErrorCorrection(100, 1000, 0.001, { ...WILLOW_2024, lambda: 4 });
    expect(strict.physicalQubits).toBeGreaterThan(loose.physicalQubits);
    expect(better.physicalQubits).toBeLessThan(strict.physicalQubits);
  });

  it('reports no distance when Λ ≤ 1 (errors never shrink) and refuses nonsense input', () => {
    expect(planErrorCorrection(10, 10, 0.01, { ...WILLOW_2024, lambda: 1 }).distance).toBeNull();
    expect(() => planErrorCorrection(0, 10, 0.5)).toThrow(/Logical qubits/);
    expect(() => planErrorCorrection(10, 10, 1)).toThrow(/between 0 and 1/);
  });
});
