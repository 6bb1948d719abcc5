// Mistake: solves √((2 − m₊² − m₋²)/N) ≤ target, dropping the ½ (so the ¼) when solving for N.
export { gradientStdError } from '../solution/gradient-shot-noise';
export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  const q = (2 - mPlus * mPlus - mMinus * mMinus) / (target * target);
  return Math.max(1, Math.ceil(q - 1e-9 * q));
}
