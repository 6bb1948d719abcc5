// Mistake: writes bitstrings with qubit 0 on the left.
import { bornProbabilities, createSampler, type Rng } from '../solution/sampler';
export { bornProbabilities, createSampler };
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const draw = createSampler(bornProbabilities(re, im), rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const key = [...draw().toString(2).padStart(n, '0')].reverse().join('');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
