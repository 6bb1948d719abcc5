// Correct, another way: parse each key to its index with parseInt(key, 2), then use bit arithmetic; the correlator
// is the average of (−1)^(bit a XOR bit b), one sign per shot.
import type { Counts } from '../solution/correlations';

export function marginals(counts: Counts): number[] {
  const n = Object.keys(counts)[0]!.length;
  const p = new Float64Array(n);
  let shots = 0;
  for (const key in counts) {
    const c = counts[key]!;
    const i = parseInt(key, 2);
    shots += c;
    for (let q = 0; q < n; q++) if ((i >> q) & 1) p[q]! += c;
  }
  return Array.from(p, (x) => x / shots);
}

export function zzCorrelator(counts: Counts, a: number, b: number): number {
  let sum = 0;
  let shots = 0;
  for (const key in counts) {
    const i = parseInt(key, 2);
    const parity = ((i >> a) ^ (i >> b)) & 1;
    sum += (parity ? -1 : 1) * counts[key]!;
    shots += counts[key]!;
  }
  return sum / shots;
}
