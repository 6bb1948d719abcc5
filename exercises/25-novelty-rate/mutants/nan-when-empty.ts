// Mistake: divides by the number of samples without a guard, so no samples give 0/0.
import { novelty as right, type BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  if (generated.length === 0) return { novel: NaN, valid: NaN, validNovel: NaN };
  return right(generated, training, rule);
}
