// Mistake: accepts images whose rows are uniform (stripes) but forgets the vertical bars.
import type { BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const t = new Set(training);
  const ok = (s: string) => {
    for (let r = 0; r < rule.rows; r++) {
      const row = s.slice(s.length - (r + 1) * rule.cols, s.length - r * rule.cols);
      if (row !== row[0]!.repeat(rule.cols)) return false;
    }
    return true;
  };
  const n = generated.length || 1;
  return {
    novel: generated.filter((s) => !t.has(s)).length / n,
    valid: generated.filter(ok).length / n,
    validNovel: generated.filter((s) => ok(s) && !t.has(s)).length / n,
  };
}
