/** Relative slack that lets a quotient a rounding error above a whole number count as that number. */
const SNAP = 1e-9;

export function shotsForPrecision(mean: number, eps: number): number {
  const varianceOfOneShot = Math.max(0, 1 - mean * mean);
  const exactQuotient = varianceOfOneShot / (eps * eps);
  return Math.max(1, Math.ceil(exactQuotient - SNAP * exactQuotient));
}
