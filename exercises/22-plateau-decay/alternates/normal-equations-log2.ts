// Correct, another way: the 2×2 normal equations from raw sums, fitted in log₂ and undone with powers of 2; the
// crossing found by walking n upwards, one qubit at a time.
import type { DecayFit, Point } from '../solution/plateau-decay';

export function fitDecay(points: Point[]): DecayFit {
  let k = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const { n, variance } of points) {
    const y = Math.log2(variance);
    k += 1;
    sx += n;
    sy += y;
    sxx += n * n;
    sxy += n * y;
  }
  const slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
  const intercept = (sy - slope * sx) / k;
  return { base: 2 ** -slope, amplitude: 2 ** intercept };
}

export function qubitsBelow({ base, amplitude }: DecayFit, threshold: number): number {
  if (amplitude / base < threshold) return 1;
  if (base <= 1) return Infinity;
  let n = 1;
  while (amplitude * base ** -n >= threshold) n++;
  return n;
}
