/**
 * Fit the exponential decay of gradient variance with qubit count (a barren plateau), Var ≈ A·b⁻ⁿ, and extrapolate.
 * Grade it with:  npm run grade -- 22
 */
export interface Point { n: number; variance: number }
/** Var ≈ amplitude · base^(−n): base is the factor the variance shrinks by per added qubit. */
export interface DecayFit { base: number; amplitude: number }

/** Least-squares fit of ln(variance) against n over all the points. */
export function fitDecay(points: Point[]): DecayFit {
  throw new Error('fitDecay is not written yet');
}

/** The smallest whole n ≥ 1 with amplitude·base^(−n) < threshold, or Infinity if there is none. */
export function qubitsBelow(fit: DecayFit, threshold: number): number {
  throw new Error('qubitsBelow is not written yet');
}
