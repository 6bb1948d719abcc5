// Mistake: measures novelty over the distinct samples, so a training image drawn a hundred times counts once.
import { novelty as right, type BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const r = right(generated, training, rule);
  const distinct = [...new Set(generated)];
  const t = new Set(training);
  return { ...r, novel: distinct.length ? distinct.filter((s) => !t.has(s)).length / distinct.length : 0 };
}
