// Correct, another way: turns each string into a grid of rows (reversing it so that index r·cols + c is pixel (r, c))
// and checks stripes and bars on the grid; the training set is looked up through a sorted array.
import type { BarsAndStripesRule } from '../solution/novelty';

function grid(s: string, rows: number, cols: number): string[][] {
  const bitsLowFirst = [...s].reverse();
  return Array.from({ length: rows }, (_, r) => bitsLowFirst.slice(r * cols, (r + 1) * cols));
}

function isValid(s: string, rows: number, cols: number): boolean {
  const g = grid(s, rows, cols);
  const stripes = g.every((row) => row.every((v) => v === row[0]));
  const bars = g.every((row) => row.every((v, c) => v === g[0]![c]));
  return stripes || bars;
}

export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule) {
  const sorted = [...training].sort();
  const inTraining = (s: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo] === s;
  };
  if (generated.length === 0) return { novel: 0, valid: 0, validNovel: 0 };
  const marks = generated.map((s) => ({ isNew: !inTraining(s), ok: isValid(s, rule.rows, rule.cols) }));
  const frac = (f: (m: { isNew: boolean; ok: boolean }) => boolean) => marks.filter(f).length / generated.length;
  return { novel: frac((m) => m.isNew), valid: frac((m) => m.ok), validNovel: frac((m) => m.isNew && m.ok) };
}
