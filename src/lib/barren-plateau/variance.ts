/** Sample statistics for the gradient draws. */

export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) throw new Error('mean of no numbers');
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

/** Unbiased sample variance (divides by M − 1). */
export function sampleVariance(xs: ArrayLike<number>): number {
  const m = xs.length;
  if (m < 2) throw new Error(`a variance needs at least 2 numbers, got ${m}`);
  const mu = mean(xs);
  let s = 0;
  for (let i = 0; i < m; i++) s += (xs[i]! - mu) ** 2;
  return s / (m - 1);
}

/**
 * Approximate standard error of the sample variance, from the fourth central moment:
 * Var(s²) ≈ (μ₄ − σ⁴(M − 3)/(M − 1)) / M. Good enough for error bars; not exact for tiny M.
 */
export function varianceStandardError(xs: ArrayLike<number>): number {
  const m = xs.length;
  const mu = mean(xs);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < m; i++) {
    const d = (xs[i]! - mu) ** 2;
    m2 += d;
    m4 += d * d;
  }
  m2 /= m;
  m4 /= m;
  return Math.sqrt(Math.max(0, (m4 - (m2 * m2 * (m - 3)) / (m - 1)) / m));
}

/**
 * Least-squares fit of ln(variance) = a − n·ln b over the points, returning the decay base b (variance shrinks
 * b-fold per added qubit) and the fitted line.
 */
export function fitExponentialDecay(points: readonly { n: number; variance: number }[]): { base: number; intercept: number; predict: (n: number) => number } | null {
  const pts = points.filter((p) => p.variance > 0);
  if (pts.length < 2) return null;
  const xs = pts.map((p) => p.n);
  const ys = pts.map((p) => Math.log(p.variance));
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  return { base: Math.exp(-slope), intercept, predict: (n) => Math.exp(intercept + slope * n) };
}

/** Shots per circuit needed before shot noise (≈ 1/√N for a ±1 observable) falls below a typical gradient √Var. */
export function shotsToResolve(variance: number): number {
  if (!(variance > 0)) return Infinity;
  return Math.ceil(1 / variance);
}
