/**
 * Exponential fit t(n) = A · b^n by least squares on ln t = ln A + n ln b. Fitting in log space weighs a 2 ms and a
 * 2 s measurement by their relative error, which is what timing noise looks like.
 */
export interface ExponentialFit {
  /** ln A */
  logA: number;
  /** ln b */
  logBase: number;
  /** b: the factor by which t grows per added qubit. */
  base: number;
  /** Coefficient of determination of the straight-line fit in log space (1 = perfect). */
  r2: number;
  /** Points used. */
  count: number;
}

export function fitExponential(points: readonly { n: number; t: number }[]): ExponentialFit {
  const pts = points.filter((p) => p.t > 0 && Number.isFinite(p.t) && Number.isFinite(p.n));
  if (pts.length < 2) throw new Error(`fitExponential: need at least 2 points with positive times, got ${pts.length}`);
  const k = pts.length;
  let sx = 0;
  let sy = 0;
  for (const p of pts) {
    sx += p.n;
    sy += Math.log(p.t);
  }
  const mx = sx / k;
  const my = sy / k;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of pts) {
    const dx = p.n - mx;
    const dy = Math.log(p.t) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new Error('fitExponential: all points have the same n');
  const logBase = sxy / sxx;
  const logA = my - logBase * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { logA, logBase, base: Math.exp(logBase), r2, count: k };
}

export function predictExponential(fit: ExponentialFit, n: number): number {
  return Math.exp(fit.logA + fit.logBase * n);
}
