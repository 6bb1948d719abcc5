// Mistake: the standard error of Ê₊ − Ê₋, forgetting the ½ of the shift rule (twice too large).
export { shotsForGradientError } from '../solution/gradient-shot-noise';
export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  return Math.sqrt((1 - mPlus * mPlus + 1 - mMinus * mMinus) / shots);
}
