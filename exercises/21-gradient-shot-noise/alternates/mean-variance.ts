// Correct, another way: written with the mean of the two one-shot variances, v̄: SE = √(v̄/(2N)) and N = v̄/(2·target²),
// snapping to the nearest whole number when the quotient is within 1e-9 of it.
const v = (m: number) => (1 - m) * (1 + m);

export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  const mean = (v(mPlus) + v(mMinus)) / 2;
  return Math.sqrt(mean / (2 * shots));
}

export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  const mean = (v(mPlus) + v(mMinus)) / 2;
  const x = mean / (2 * target * target);
  const r = Math.round(x);
  const n = Math.abs(x - r) <= 1e-9 * x ? r : Math.ceil(x);
  return Math.max(1, n);
}
