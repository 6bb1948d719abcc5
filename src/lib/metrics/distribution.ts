/**
 * Shared checks for the metrics: every metric takes two probability vectors over the same 2^n outcomes, indexed in
 * the course convention (bit q of the index is qubit or pixel q; qubit 0 is the rightmost character of a bitstring).
 */

/** How far a vector's sum may stray from 1 before we call it a mistake rather than rounding. */
export const SUM_TOLERANCE = 1e-6;

export function assertDistribution(p: ArrayLike<number>, name: string): void {
  if (p.length === 0) throw new Error(`${name}: empty probability vector`);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (!(v >= 0) || !Number.isFinite(v)) throw new Error(`${name}: entry ${i} must be a finite number >= 0, got ${v}`);
    sum += v;
  }
  if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new Error(`${name}: probabilities must sum to 1, got ${sum}`);
}

export function assertSameLength(p: ArrayLike<number>, q: ArrayLike<number>, name: string): void {
  if (p.length !== q.length) throw new Error(`${name}: the two distributions have ${p.length} and ${q.length} outcomes`);
}

/** Turns counts (or any non-negative weights) into a probability vector. */
export function normalize(weights: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`normalize: weight ${i} must be a finite number >= 0, got ${w}`);
    sum += w;
  }
  if (!(sum > 0)) throw new Error('normalize: the weights sum to 0');
  const out = new Float64Array(weights.length);
  for (let i = 0; i < out.length; i++) out[i] = weights[i]! / sum;
  return out;
}

/** Empirical distribution of sampled outcome indices over `size` outcomes. */
export function histogram(indices: ArrayLike<number>, size: number): Float64Array {
  const counts = new Float64Array(size);
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i]!;
    if (!Number.isInteger(k) || k < 0 || k >= size) throw new Error(`histogram: outcome ${k} is outside 0..${size - 1}`);
    counts[k]!++;
  }
  return normalize(counts);
}
