/**
 * How many shots an energy estimate needs. With groups g measured separately, N_g shots each, the estimator
 * Ê = Σ_g mean_g has variance Σ_g σ_g²/N_g. Minimising the total Σ N_g at fixed variance ε² (Lagrange multiplier)
 * gives N_g ∝ σ_g and N_total = (Σ_g σ_g)²/ε².
 */
export function checkPrecision(epsilon: number): void {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new Error(`precision ε must be a positive number, got ${epsilon}`);
}

/** Total shots with the optimal split (rounded up to whole shots). */
export function shotsOptimalSplit(sigmas: readonly number[], epsilon: number): number {
  checkPrecision(epsilon);
  const s = sigmas.reduce((a, b) => a + b, 0);
  return Math.ceil((s * s) / (epsilon * epsilon));
}

/** How the optimal total divides between the groups: N_g = N_total · σ_g / Σσ. */
export function optimalSplit(sigmas: readonly number[], total: number): number[] {
  const s = sigmas.reduce((a, b) => a + b, 0);
  if (s === 0) return sigmas.map(() => 0);
  return sigmas.map((sg) => Math.ceil((total * sg) / s));
}

/** Total shots when every group gets the same number: each needs N = Σ_g σ_g²/ε². */
export function shotsEqualSplit(sigmas: readonly number[], epsilon: number): number {
  checkPrecision(epsilon);
  const perGroup = Math.ceil(sigmas.reduce((a, b) => a + b * b, 0) / (epsilon * epsilon));
  return perGroup * sigmas.length;
}
