// Mistake: treats shots like drawing cards from a deck: an outcome, once drawn, cannot come up again.
import { bornProbabilities, createSampler, type Rng } from '../solution/sampler';
export { bornProbabilities, createSampler };
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const p = bornProbabilities(re, im);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    if (!p.some((x) => x > 0)) break;
    const k = createSampler(p, rng)();
    p[k] = 0;
    const key = k.toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
