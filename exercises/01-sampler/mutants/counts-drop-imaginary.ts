// Mistake: sampleCounts works out its own probabilities from the real parts only (re²), although bornProbabilities
// is right: on a complex state the shots follow the wrong distribution.
import type { Rng } from '../solution/sampler';
export { bornProbabilities, createSampler } from '../solution/sampler';
import { createSampler } from '../solution/sampler';
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  void im;
  const n = Math.log2(re.length);
  const p = Float64Array.from(re, (r) => r * r);
  const draw = createSampler(p, rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const key = draw().toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
