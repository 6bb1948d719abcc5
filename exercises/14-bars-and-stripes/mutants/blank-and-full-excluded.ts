// Mistake: thinks a pattern needs at least one pixel on and one off, so the blank and the full image are rejected.
import { isBarsOrStripes as right } from '../solution/bars-and-stripes';
export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  if (!bitstring.includes('1') || !bitstring.includes('0')) return false;
  return right(bitstring, rows, cols);
}
export function validRate(samples: string[], rows: number, cols: number): number {
  return samples.length ? samples.filter((s) => isBarsOrStripes(s, rows, cols)).length / samples.length : 0;
}
