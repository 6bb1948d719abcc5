// Mistake: numbers the pixels column by column (pixel (r, c) = bit c·rows + r), which only shows on non-square images.
import { novelty as right, type BarsAndStripesRule } from '../solution/novelty';
export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const { rows, cols } = rule;
  // Re-read each image in column-major order, then judge it with the row-major rule.
  const remap = (s: string) => {
    const out = new Array<string>(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[out.length - 1 - (r * cols + c)] = s[s.length - 1 - (c * rows + r)]!;
    return out.join('');
  };
  const r = right(generated.map(remap), training.map(remap), rule);
  return r;
}
