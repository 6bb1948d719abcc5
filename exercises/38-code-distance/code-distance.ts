/**
 * The code distance a surface-code memory needs, in the lesson planner's model: the logical error per cycle is
 * ε_d = ε₇ / Λ^((d − 7)/2), extrapolated from Google's 2024 memory (ε₇ = 0.143 %, Λ = 2.14).
 * Grade it with:  npm run grade -- 38
 */
export interface QecModel {
  /** logical error per cycle at distance 7 */
  errorAt7: number;
  /** error suppression factor per step of 2 in distance */
  lambda: number;
}

/** The planner's starting point: Google Quantum AI, Nature 638, 920 (2025). */
export const WILLOW_2024: QecModel = { errorAt7: 1.43e-3, lambda: 2.14 };

/** ε_d, the logical error per cycle at odd distance d ≥ 3. */
export function logicalErrorPerCycle(d: number, qec: QecModel): number {
  throw new Error('logicalErrorPerCycle is not written yet');
}

/** The smallest odd d from 3 to 1001 with ε_d ≤ target, or null if there is none. */
export function codeDistance(target: number, qec: QecModel): number | null {
  // TODO: try d = 3, 5, 7, … and stop at the first that meets the target.
  throw new Error('codeDistance is not written yet');
}
