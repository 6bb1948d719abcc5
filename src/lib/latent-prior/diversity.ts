/** Diversity and coverage measures of generated images. */

/** Shannon entropy in bits of a probability vector (0·log 0 = 0). */
export function entropyBits(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v > 0) h -= v * Math.log2(v);
  }
  return Math.max(0, h);
}

export function distinctCount(samples: ArrayLike<number>): number {
  return new Set(Array.from(samples)).size;
}

/** Fraction of the target set that appears at least once among the samples. */
export function coverage(samples: ArrayLike<number>, targetSet: readonly number[]): number {
  if (targetSet.length === 0) throw new Error('coverage: empty target set');
  const seen = new Set(Array.from(samples));
  let hit = 0;
  for (const t of targetSet) if (seen.has(t)) hit++;
  return hit / targetSet.length;
}

/** Expected number of distinct outcomes in N independent draws from p: Σ_x 1 − (1 − p(x))^N. */
export function expectedDistinct(p: ArrayLike<number>, draws: number): number {
  let e = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) e += 1 - (1 - p[i]!) ** draws;
  return e;
}

/** Expected coverage of a target set in N draws from p. */
export function expectedCoverage(p: ArrayLike<number>, targetSet: readonly number[], draws: number): number {
  let e = 0;
  for (const t of targetSet) e += 1 - (1 - p[t]!) ** draws;
  return e / targetSet.length;
}
