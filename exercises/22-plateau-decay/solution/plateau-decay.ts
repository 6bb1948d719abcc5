export interface Point { n: number; variance: number }
export interface DecayFit { base: number; amplitude: number }

export function fitDecay(points: Point[]): DecayFit {
  const xs = points.map((p) => p.n);
  const ys = points.map((p) => Math.log(p.variance));
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { base: Math.exp(-slope), amplitude: Math.exp(my - slope * mx) };
}

export function qubitsBelow(fit: DecayFit, threshold: number): number {
  if (fit.amplitude / fit.base < threshold) return 1;
  if (fit.base <= 1) return Infinity;
  const crossing = Math.log(fit.amplitude / threshold) / Math.log(fit.base);
  return Math.floor(crossing) + 1;
}
