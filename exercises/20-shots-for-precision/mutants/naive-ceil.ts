// Mistake: Math.ceil on the floating-point quotient, so 1600.0000000000002 becomes 1601 at an exact boundary.
export function shotsForPrecision(mean: number, eps: number): number {
  return Math.max(1, Math.ceil((1 - mean * mean) / (eps * eps)));
}
