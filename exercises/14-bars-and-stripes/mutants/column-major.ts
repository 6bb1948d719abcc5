// Mistake: numbers the pixels column by column (pixel (r, c) = qubit c·rows + r), which only shows when rows ≠ cols.
export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  const on = (r: number, c: number) => bitstring[bitstring.length - 1 - (c * rows + r)] === '1';
  let rowsOk = true;
  let colsOk = true;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (on(r, c) !== on(r, 0)) rowsOk = false;
    if (on(r, c) !== on(0, c)) colsOk = false;
  }
  return rowsOk || colsOk;
}
export function validRate(samples: string[], rows: number, cols: number): number {
  return samples.length ? samples.filter((s) => isBarsOrStripes(s, rows, cols)).length / samples.length : 0;
}
