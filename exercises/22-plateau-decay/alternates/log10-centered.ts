// Correct, another way: centred least squares in log₁₀ (undone with powers of 10), and the crossing from logs of
// the threshold, compared strictly.
import type { DecayFit, Point } from '../solution/plateau-decay';

export function fitDecay(points: Point[]): DecayFit {
  const k = points.length;
  const nBar = points.reduce((a, p) => a + p.n, 0) / k;
  const yBar = points.reduce((a, p) => a + Math.log10(p.variance), 0) / k;
  const num = points.reduce((a, p) => a + (p.n - nBar) * Math.log10(p.variance), 0);
  const den = points.reduce((a, p) => a + (p.n - nBar) * (p.n - nBar), 0);
  const slope = num / den;
  return { base: 10 ** -slope, amplitude: 10 ** (yBar - slope * nBar) };
}

export function qubitsBelow({ base, amplitude }: DecayFit, threshold: number): number {
  const logAt = (n: number) => Math.log10(amplitude) - n * Math.log10(base);
  const target = Math.log10(threshold);
  if (logAt(1) < target) return 1;
  if (!(base > 1)) return Infinity;
  const n = Math.ceil((Math.log10(amplitude) - target) / Math.log10(base));
  return logAt(n) < target ? n : n + 1;
}
