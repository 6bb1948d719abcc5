// Correct, another way: rounds to the nearest whole number first and keeps it when the quotient is that close to it.
export function shotsForPrecision(mean: number, eps: number): number {
  const x = ((1 - mean) * (1 + mean)) / eps / eps;
  const nearest = Math.round(x);
  const n = Math.abs(x - nearest) <= 1e-9 * Math.max(1, x) ? nearest : Math.ceil(x);
  return n < 1 ? 1 : n;
}
