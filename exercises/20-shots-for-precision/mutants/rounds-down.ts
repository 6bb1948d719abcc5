// Mistake: rounds the quotient down, which leaves the standard error just above ε.
export function shotsForPrecision(mean: number, eps: number): number {
  return Math.max(1, Math.floor((1 - mean * mean) / (eps * eps)));
}
