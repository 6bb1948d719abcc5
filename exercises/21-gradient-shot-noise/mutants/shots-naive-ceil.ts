// Mistake: Math.ceil on the floating-point quotient, so an exact boundary such as 425.00000000000006 becomes 426.
export { gradientStdError } from '../solution/gradient-shot-noise';
export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  return Math.max(1, Math.ceil((2 - mPlus * mPlus - mMinus * mMinus) / (4 * target * target)));
}
