/**
 * The shot noise of a parameter-shift gradient ĝ = ½·[Ê(θ + π/2) − Ê(θ − π/2)], each Ê the average of N ±1 shots.
 * Grade it with:  npm run grade -- 21
 */

/** Standard error of ĝ with N = `shots` shots on each of the two shifted circuits. */
export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  throw new Error('gradientStdError is not written yet');
}

/** The smallest whole number of shots per circuit (≥ 1) that brings the standard error of ĝ to at most `target`. */
export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  throw new Error('shotsForGradientError is not written yet');
}
