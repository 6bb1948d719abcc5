// Mistake: uses p01 for both directions, as if a 1 were as likely to be misread as a 0.
import { applyReadoutError as exact } from '../solution/noise';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, mitigateReadout } from '../solution/noise';
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], _p10: number[]): Float64Array {
  return exact(probs, p01, p01);
}
