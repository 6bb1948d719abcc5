// Mistake: the sampler uses its rng, but sampleCounts shuffles its shots with Math.random instead.
import { bornProbabilities, createSampler } from '../solution/sampler';
import type { Rng } from '../solution/sampler';
export { bornProbabilities, createSampler };
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, _rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const draw = createSampler(bornProbabilities(re, im), Math.random);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const key = draw().toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
