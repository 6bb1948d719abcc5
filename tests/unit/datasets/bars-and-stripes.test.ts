import { describe, expect, it } from 'vitest';
import {
  barsAndStripes, basCount, basDistribution, isBarsAndStripes, pixelRows, pixelText, validMass, pixelBit,
} from '../../../src/lib/datasets';
import { indexToBitstring } from '../../../src/lib/quantum';

/** Brute force from the definition, via the drawn pixel rows rather than the module's bit tests. */
function bruteForce(rows: number, cols: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < 2 ** (rows * cols); k++) {
    const img = pixelRows(k, rows, cols);
    const stripes = img.every((row) => row.every((v) => v === row[0]));
    const bars = img.every((row) => row.every((v, c) => v === img[0]![c]));
    if (stripes || bars) out.push(k);
  }
  return out;
}

describe('bars and stripes', () => {
  it('has 6 valid images of 16 for 2×2 and 14 of 512 for 3×3', () => {
    expect(barsAndStripes(2, 2).indices.length).toBe(6);
    expect(barsAndStripes(3, 3).indices.length).toBe(14);
  });

  it('matches 2^rows + 2^cols − 2 and a brute-force enumeration for several sizes', () => {
    for (const [r, c] of [[1, 1], [1, 3], [2, 2], [2, 3], [3, 2], [3, 3], [2, 4], [4, 4], [3, 5]] as const) {
      const { indices } = barsAndStripes(r, c);
      expect(indices.length).toBe(2 ** r + 2 ** c - 2);
      expect(basCount(r, c)).toBe(2 ** r + 2 ** c - 2);
      expect(indices).toEqual(bruteForce(r, c));
      for (const k of indices) expect(isBarsAndStripes(k, r, c)).toBe(true);
    }
  });

  it('lists the 2×2 patterns in the course bit order (pixel (r,c) is bit 2r+c, top-left rightmost)', () => {
    // Bits (q3 q2 q1 q0) = (bottom-right, bottom-left, top-right, top-left).
    // all off 0000, top row on 0011, left column on 0101, right column 1010, bottom row 1100, all on 1111.
    expect(barsAndStripes(2, 2).indices.map((k) => indexToBitstring(k, 4))).toEqual(['0000', '0011', '0101', '1010', '1100', '1111']);
    expect(pixelBit(1, 0, 2)).toBe(2);
    expect(pixelText(0b0011, 2, 2)).toBe('██ / ··');
    expect(pixelRows(0b0101, 2, 2)).toEqual([[true, false], [true, false]]);
  });

  it('builds the uniform target distribution', () => {
    const p = basDistribution(3, 3);
    expect(p.length).toBe(512);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(validMass(p, 3, 3)).toBeCloseTo(1, 14);
    expect(validMass(new Array(16).fill(1 / 16), 2, 2)).toBeCloseTo(6 / 16, 15);
  });
});
