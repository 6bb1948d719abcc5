// Correct, another way: parses each image to an integer (qubit 0 = least significant bit) and tests validity with
// masks: every row's bits all equal, or the image equal to its first row's pattern repeated down the rows.
import type { BarsAndStripesRule } from '../solution/novelty';

function valid(x: number, rows: number, cols: number): boolean {
  const rowMask = (1 << cols) - 1;
  let stripes = true;
  for (let r = 0; r < rows; r++) {
    const row = (x >>> (r * cols)) & rowMask;
    if (row !== 0 && row !== rowMask) stripes = false;
  }
  const first = x & rowMask;
  let bars = true;
  for (let r = 1; r < rows; r++) if (((x >>> (r * cols)) & rowMask) !== first) bars = false;
  return stripes || bars;
}

export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const train = new Set(training.map((s) => parseInt(s, 2)));
  const tally = { novel: 0, valid: 0, validNovel: 0 };
  for (const s of generated) {
    const x = parseInt(s, 2);
    const isNew = !train.has(x);
    const ok = valid(x, rule.rows, rule.cols);
    tally.novel += Number(isNew);
    tally.valid += Number(ok);
    tally.validNovel += Number(isNew && ok);
  }
  const n = Math.max(1, generated.length);
  return { novel: tally.novel / n, valid: tally.valid / n, validNovel: tally.validNovel / n };
}
