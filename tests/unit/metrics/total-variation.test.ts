import { describe, expect, it } from 'vitest';
import { totalVariation } from '../../../src/lib/metrics';

describe('totalVariation', () => {
  it('is 0 for equal, 1 for disjoint supports', () => {
    expect(totalVariation([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(totalVariation([1, 0, 0, 0], [0, 0, 0.5, 0.5])).toBe(1);
  });
  it('matches hand values and is symmetric', () => {
    // ½(|0.5−0.25| + |0.5−0.75|) = 0.25
    expect(totalVariation([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25, 15);
    expect(totalVariation([0.25, 0.75], [0.5, 0.5])).toBeCloseTo(0.25, 15);
  });
});
