const SNAP = 1e-9;
const oneShotVariance = (m: number) => Math.max(0, 1 - m * m);

export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  const varianceOfDifference = (oneShotVariance(mPlus) + oneShotVariance(mMinus)) / shots;
  return 0.5 * Math.sqrt(varianceOfDifference);
}

export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  const quotient = (oneShotVariance(mPlus) + oneShotVariance(mMinus)) / (4 * target * target);
  return Math.max(1, Math.ceil(quotient - SNAP * quotient));
}
