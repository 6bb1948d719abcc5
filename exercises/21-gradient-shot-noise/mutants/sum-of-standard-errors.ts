// Mistake: adds the two standard errors instead of the two variances.
export { shotsForGradientError } from '../solution/gradient-shot-noise';
export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  return 0.5 * (Math.sqrt((1 - mPlus * mPlus) / shots) + Math.sqrt((1 - mMinus * mMinus) / shots));
}
