/**
 * Diversity and coverage of generated samples (bitstrings; qubit 0 is the rightmost character).
 * Grade it with:  npm run grade -- 24
 */
export interface Diversity {
  /** How many different strings occur among the samples. */
  distinct: number;
  /** distinct / number of samples (0 when there are none). */
  diversity: number;
  /** Fraction of the target strings that occur at least once among the samples. */
  coverage: number;
}

export function diversity(samples: string[], target: string[]): Diversity {
  throw new Error('diversity is not written yet');
}
