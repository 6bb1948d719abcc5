// Mistake: treats rng() = 0 as "no number" and draws a replacement from Math.random, so a generator that returns 0
// no longer decides the draw (the grader can no longer reproduce it). The distribution itself is still right.
import type { Rng } from '../solution/sampler';
export { bornProbabilities } from '../solution/sampler';
import { bornProbabilities } from '../solution/sampler';
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  return () => {
    const u = (rng() || Math.random()) * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const draw = createSampler(bornProbabilities(re, im), rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const key = draw().toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
