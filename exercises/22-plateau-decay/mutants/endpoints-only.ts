// Mistake: takes the decay from the smallest and largest n only, which is exact on clean data but ignores the middle
// points' evidence once the variances are noisy.
export { qubitsBelow } from '../solution/plateau-decay';
import type { Point } from '../solution/plateau-decay';
export function fitDecay(points: Point[]) {
  const s = [...points].sort((a, b) => a.n - b.n);
  const first = s[0]!;
  const last = s[s.length - 1]!;
  const base = (first.variance / last.variance) ** (1 / (last.n - first.n));
  return { base, amplitude: first.variance * base ** first.n };
}
