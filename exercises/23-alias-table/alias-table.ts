/**
 * Walker's alias method: after an O(n) set-up, every draw from a fixed distribution over n outcomes costs one
 * uniform column choice and one biased coin.
 * Grade it with:  npm run grade -- 23
 */
export interface AliasTables {
  /** prob[i]: the chance that column i gives outcome i itself. */
  prob: number[];
  /** alias[i]: the outcome column i gives otherwise. */
  alias: number[];
}

/** The alias tables of `probs` (n ≥ 1 non-negative numbers summing to 1). */
export function buildAlias(probs: number[]): AliasTables {
  throw new Error('buildAlias is not written yet');
}

/** One draw: column ⌊u1·n⌋, then outcome i if u2 < prob[i], else alias[i] (u1, u2 in [0, 1)). */
export function drawAlias(tables: AliasTables, u1: number, u2: number): number {
  throw new Error('drawAlias is not written yet');
}
