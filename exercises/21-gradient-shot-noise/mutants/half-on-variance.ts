// Mistake: multiplies the variance by ½ instead of ¼ (Var(aX) = a²·Var(X)), √2 times too large.
export { shotsForGradientError } from '../solution/gradient-shot-noise';
export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  return Math.sqrt((0.5 * (1 - mPlus * mPlus + 1 - mMinus * mMinus)) / shots);
}
