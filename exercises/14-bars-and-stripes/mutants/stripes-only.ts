// Mistake: checks only that every row is uniform (the stripes) and forgets the vertical bars.
import { validRate as rightRate } from '../solution/bars-and-stripes';
export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  for (let r = 0; r < rows; r++) {
    const row = bitstring.slice(bitstring.length - (r + 1) * cols, bitstring.length - r * cols);
    if (row.includes('0') && row.includes('1')) return false;
  }
  return true;
}
export function validRate(samples: string[], rows: number, cols: number): number {
  return rightRate(samples, rows, cols);
}
