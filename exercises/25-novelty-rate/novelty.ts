/**
 * Novelty and validity of generated images: bitstrings of rows·cols pixels, pixel (r, c) = bit r·cols + c,
 * qubit 0 the least significant bit (the rightmost character).
 * Grade it with:  npm run grade -- 25
 */
export interface BarsAndStripesRule { kind: 'bars-and-stripes'; rows: number; cols: number }
export interface Novelty {
  /** Fraction of samples not in the training set. */
  novel: number;
  /** Fraction of samples that satisfy the rule. */
  valid: number;
  /** Fraction of samples that satisfy the rule and are not in the training set. */
  validNovel: number;
}

export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule): Novelty {
  throw new Error('novelty is not written yet');
}
