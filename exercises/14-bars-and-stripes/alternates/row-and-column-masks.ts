// Correct, another way: reads the string as an integer (qubit 0 = the last character) and compares every row with the
// first row's all-on or all-off mask, then every column likewise, with bit operations.
export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  const x = parseInt(bitstring, 2);
  const rowMask = (1 << cols) - 1;
  const rowsUniform = Array.from({ length: rows }, (_, r) => (x >>> (r * cols)) & rowMask).every((v) => v === 0 || v === rowMask);
  let colMask = 0;
  for (let r = 0; r < rows; r++) colMask |= 1 << (r * cols);
  const colsUniform = Array.from({ length: cols }, (_, c) => (x >>> c) & colMask).every((v) => v === 0 || v === colMask);
  return rowsUniform || colsUniform;
}

export function validRate(samples: string[], rows: number, cols: number): number {
  let valid = 0;
  for (const s of samples) if (isBarsOrStripes(s, rows, cols)) valid++;
  return samples.length === 0 ? 0 : valid / samples.length;
}
