// Mistake: uses p01 for both directions, as if a 1 were as likely to be misread as a 0.
import { applyReadoutError as exact } from '../../../solutions/02-noise/noise';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, mitigateReadout } from '../../../solutions/02-noise/noise';
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], _p10: number[]): Float64Array {
  return exact(probs, p01, p01);
}
