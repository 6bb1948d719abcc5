// Correct, another way: each shot is +1 with probability p = (1 + m)/2, variance 4p(1 − p); the two terms' standard
// errors are combined with Math.hypot, and the shots come from a binary search on the first function.
export function gradientStdError(mPlus: number, mMinus: number, shots: number): number {
  const sd = (m: number) => {
    const p = (1 + m) / 2;
    return Math.sqrt(Math.max(0, 4 * p * (1 - p)) / shots);
  };
  return Math.hypot(sd(mPlus), sd(mMinus)) / 2;
}

export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  const ok = (n: number) => gradientStdError(mPlus, mMinus, n) ** 2 <= target * target * (1 + 1e-9);
  let hi = 1;
  while (!ok(hi)) hi *= 2;
  let lo = Math.max(1, Math.floor(hi / 2));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
