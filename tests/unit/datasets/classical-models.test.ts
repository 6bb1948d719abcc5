import { describe, expect, it } from 'vitest';
import { barsAndStripes, basDistribution, fitIndependentPixels, fitSmoothedHistogram, validMass } from '../../../src/lib/datasets';
import { klDivergence } from '../../../src/lib/metrics';

describe('independent-pixel model on bars and stripes', () => {
  it('2×2: every pixel is on in 3 of the 6 images, so the model is uniform and valid with probability 6/16', () => {
    // By hand: pixel top-left is on in "all on", one of the two stripes, one of the two bars = 3 of 6 → ½ each.
    // A product of four ½'s is uniform over 16 images; 6 are valid ⇒ valid rate 3/8.
    const train = barsAndStripes(2, 2).indices;
    const { marginals, probs } = fitIndependentPixels(train, 4);
    expect([...marginals]).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(validMass(probs, 2, 2)).toBeCloseTo(3 / 8, 15);
    expect(klDivergence(basDistribution(2, 2), probs)).toBeCloseTo(Math.log(16 / 6), 14);
  });

  it('3×3: valid rate 14/512', () => {
    const { probs } = fitIndependentPixels(barsAndStripes(3, 3).indices, 9);
    expect(validMass(probs, 3, 3)).toBeCloseTo(14 / 512, 14);
  });
});

describe('smoothed histogram', () => {
  it('with alpha = 0 replays the training frequencies exactly', () => {
    const train = barsAndStripes(2, 2).indices;
    const q = fitSmoothedHistogram(train, 4, 0);
    expect(klDivergence(basDistribution(2, 2), q)).toBeCloseTo(0, 15);
    expect(validMass(q, 2, 2)).toBeCloseTo(1, 15);
  });

  it('Laplace smoothing: (count + 1) / (N + 16)', () => {
    const q = fitSmoothedHistogram([0, 0, 15], 4, 1);
    expect(q[0]).toBeCloseTo(3 / 19, 15);
    expect(q[15]).toBeCloseTo(2 / 19, 15);
    expect(q[7]).toBeCloseTo(1 / 19, 15);
    // valid mass: (2+1) + (1+1) + 4 other valid images with 1 each = 9 of 19
    expect(validMass(q, 2, 2)).toBeCloseTo(9 / 19, 15);
  });

  it('misses an unseen image: KL is infinite without smoothing, finite with it', () => {
    const train = barsAndStripes(2, 2).indices.slice(1);
    expect(klDivergence(basDistribution(2, 2), fitSmoothedHistogram(train, 4, 0))).toBe(Infinity);
    expect(Number.isFinite(klDivergence(basDistribution(2, 2), fitSmoothedHistogram(train, 4, 0.5)))).toBe(true);
  });
});
