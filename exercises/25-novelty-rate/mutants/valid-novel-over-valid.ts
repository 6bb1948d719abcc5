// Mistake: divides the valid-and-new count by the number of valid samples, giving "the share of valid samples that
// are new" rather than a fraction of all samples.
import { novelty as right, type BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const r = right(generated, training, rule);
  return { ...r, validNovel: r.valid > 0 ? r.validNovel / r.valid : 0 };
}
