import { describe, expect, it } from 'vitest';
import { klDivergence, klDivergenceBits, normalize, histogram } from '../../../src/lib/metrics';

describe('klDivergence', () => {
  it('is 0 for identical distributions', () => {
    expect(klDivergence([0.25, 0.25, 0.5, 0], [0.25, 0.25, 0.5, 0])).toBe(0);
    const u = new Array(8).fill(1 / 8);
    expect(klDivergence(u, u)).toBe(0);
  });

  it('matches a hand-computed two-outcome case', () => {
    // KL([1/2,1/2] ‖ [1/4,3/4]) = ½ ln(2) + ½ ln(2/3) = ½ ln(4/3)
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log(4 / 3), 14);
    // In bits: ½ log2(4/3)
    expect(klDivergenceBits([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log2(4 / 3), 14);
    // Asymmetric: KL([1/4,3/4] ‖ [1/2,1/2]) = ¼ ln(1/2) + ¾ ln(3/2)
    expect(klDivergence([0.25, 0.75], [0.5, 0.5])).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 14);
  });

  it('uses the zero conventions: p = 0 terms vanish, q = 0 where p > 0 is infinite', () => {
    // KL(δ_0 ‖ [1/2,1/2]) = 1·ln 2; the p=0 outcome contributes nothing.
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
  });

  it('data uniform on 6 of 16 outcomes vs a uniform model is ln(16/6)', () => {
    const p = new Array(16).fill(0);
    for (const k of [0, 3, 5, 10, 12, 15]) p[k] = 1 / 6;
    expect(klDivergence(p, new Array(16).fill(1 / 16))).toBeCloseTo(Math.log(16 / 6), 14);
  });

  it('rejects vectors that are not distributions', () => {
    expect(() => klDivergence([0.5, 0.6], [0.5, 0.5])).toThrow(/sum to 1/);
    expect(() => klDivergence([0.5, 0.5], [0.5, 0.25, 0.25])).toThrow(/outcomes/);
    expect(() => klDivergence([-0.5, 1.5], [0.5, 0.5])).toThrow(/>= 0/);
  });
});

describe('normalize and histogram', () => {
  it('turn counts and samples into distributions', () => {
    expect([...normalize([1, 3])]).toEqual([0.25, 0.75]);
    expect([...histogram([0, 1, 1, 3], 4)]).toEqual([0.25, 0.5, 0, 0.25]);
    expect(() => histogram([4], 4)).toThrow();
  });
});
