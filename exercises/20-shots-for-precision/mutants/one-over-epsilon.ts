// Mistake: N = (1 − m²)/ε, forgetting that the standard error falls as 1/√N, so N grows as 1/ε².
const SNAP = 1e-9;
export function shotsForPrecision(mean: number, eps: number): number {
  const x = (1 - mean * mean) / eps;
  return Math.max(1, Math.ceil(x - SNAP * x));
}
