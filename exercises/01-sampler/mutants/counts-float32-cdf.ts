// Mistake: sampleCounts prepares its own table, with the cumulative sums in a Float32Array; createSampler is right.
import type { Rng } from '../solution/sampler';
import { bornProbabilities } from '../solution/sampler';
export { bornProbabilities, createSampler } from '../solution/sampler';
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const p = bornProbabilities(re, im);
  const cdf = new Float32Array(p.length);
  for (let k = 0; k < p.length; k++) cdf[k] = (k ? cdf[k - 1]! : 0) + p[k]!;
  const total = cdf[cdf.length - 1]!;
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const u = rng() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    const key = lo.toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
