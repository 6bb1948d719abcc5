/**
 * How many shots an energy estimate needs. With groups g measured separately, N_g shots each, the estimator
 * Ê = Σ_g mean_g has variance Σ_g σ_g²/N_g. Minimising the total Σ N_g at fixed variance ε² (Lagrange multiplier)
 * gives N_g = σ_g·Σσ/ε² and N_total = (Σ_g σ_g)²/ε².
 *
 * Whole shots: each group is rounded up on its own and the total is the sum of the groups, so the counts a page
 * shows always add up and the variance bound ε² holds for the shots actually run. Rounding up forgives float dust:
 * σ = √2, ε = 0.01 gives 2/1e-4 = 20,000.000000000004 in floating point, which is 20,000 shots, not 20,001.
 */
export function checkPrecision(epsilon: number): void {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new Error(`precision ε must be a positive number, got ${epsilon}`);
}

function checkSigmas(sigmas: readonly number[]): void {
  for (const s of sigmas) {
    if (!(s >= 0) || !Number.isFinite(s)) throw new Error(`a group's standard deviation must be a finite number ≥ 0, got ${s}`);
  }
}

/** Relative slack within which a value counts as the whole number next to it (float dust from √ and division). */
const DUST = 1e-9;

/** ⌈x⌉, except that x within DUST (relative) of a whole number is that number. */
export function ceilShots(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= DUST * Math.max(1, Math.abs(x)) ? r : Math.ceil(x);
}

/**
 * Shots per group with the optimal split: N_g = ⌈σ_g·Σσ/ε²⌉; 0 for a group with σ_g = 0, which has nothing to
 * average, and at least 1 for any σ_g > 0 (a tiny σ_g can round to 0 shots, which would leave the group unmeasured).
 */
export function shotsPerGroup(sigmas: readonly number[], epsilon: number): number[] {
  checkPrecision(epsilon);
  checkSigmas(sigmas);
  const s = sigmas.reduce((a, b) => a + b, 0);
  return sigmas.map((sg) => (sg === 0 ? 0 : Math.max(1, ceilShots((sg * s) / (epsilon * epsilon)))));
}

/** Total shots with the optimal split: the sum of shotsPerGroup, within one shot per group of (Σσ)²/ε². */
export function shotsOptimalSplit(sigmas: readonly number[], epsilon: number): number {
  return shotsPerGroup(sigmas, epsilon).reduce((a, b) => a + b, 0);
}

/**
 * How a given total divides between the groups in proportion to σ_g, as whole shots that add up to exactly the
 * total (largest remainders get the spare shots).
 */
export function optimalSplit(sigmas: readonly number[], total: number): number[] {
  checkSigmas(sigmas);
  if (!Number.isInteger(total) || total < 0) throw new Error(`the total must be a whole number of shots ≥ 0, got ${total}`);
  const s = sigmas.reduce((a, b) => a + b, 0);
  if (s === 0) return sigmas.map(() => 0);
  const exact = sigmas.map((sg) => (total * sg) / s);
  const out = exact.map((x) => Math.min(Math.floor(x + DUST * Math.max(1, x)), total));
  let spare = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, g) => [x - out[g]!, g] as const).sort((a, b) => b[0] - a[0]);
  for (let j = 0; spare > 0 && j < order.length; j++, spare--) out[order[j]![1]]!++;
  return out;
}

/** Total shots when every group gets the same number: each needs N = ⌈Σ_g σ_g²/ε²⌉. */
export function shotsEqualSplit(sigmas: readonly number[], epsilon: number): number {
  checkPrecision(epsilon);
  checkSigmas(sigmas);
  const perGroup = ceilShots(sigmas.reduce((a, b) => a + b * b, 0) / (epsilon * epsilon));
  return perGroup * sigmas.length;
}
