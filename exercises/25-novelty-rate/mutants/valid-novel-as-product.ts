// Mistake: multiplies the valid rate by the novel rate, as if validity and novelty were independent.
import { novelty as right, type BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const r = right(generated, training, rule);
  return { ...r, validNovel: r.valid * r.novel };
}
