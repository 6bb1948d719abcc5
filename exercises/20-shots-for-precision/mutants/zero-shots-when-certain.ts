// Mistake: returns the rounded quotient even when it is 0, so a certain outcome (⟨Z⟩ = ±1) gets no shots at all.
const SNAP = 1e-9;
export function shotsForPrecision(mean: number, eps: number): number {
  const x = (1 - mean * mean) / (eps * eps);
  return Math.ceil(x - SNAP * x);
}
