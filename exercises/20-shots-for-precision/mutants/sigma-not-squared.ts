// Mistake: uses the standard deviation √(1 − m²) where the variance 1 − m² belongs: N = √(1 − m²)/ε².
const SNAP = 1e-9;
export function shotsForPrecision(mean: number, eps: number): number {
  const x = Math.sqrt(1 - mean * mean) / (eps * eps);
  return Math.max(1, Math.ceil(x - SNAP * x));
}
