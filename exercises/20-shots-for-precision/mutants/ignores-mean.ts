// Mistake: takes the worst-case variance 1 for every mean, N = 1/ε², which overcounts whenever ⟨Z⟩ ≠ 0.
const SNAP = 1e-9;
export function shotsForPrecision(_mean: number, eps: number): number {
  const x = 1 / (eps * eps);
  return Math.max(1, Math.ceil(x - SNAP * x));
}
