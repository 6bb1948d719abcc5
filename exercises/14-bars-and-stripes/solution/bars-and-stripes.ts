/** Pixel (r, c) as a boolean: qubit r·cols + c, read from the right-hand end of the string. */
function pixelAt(bitstring: string, r: number, c: number, cols: number): boolean {
  return bitstring[bitstring.length - 1 - (r * cols + c)] === '1';
}

export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  let everyRowUniform = true;
  for (let r = 0; r < rows; r++) {
    for (let c = 1; c < cols; c++) if (pixelAt(bitstring, r, c, cols) !== pixelAt(bitstring, r, 0, cols)) everyRowUniform = false;
  }
  let everyColumnUniform = true;
  for (let c = 0; c < cols; c++) {
    for (let r = 1; r < rows; r++) if (pixelAt(bitstring, r, c, cols) !== pixelAt(bitstring, 0, c, cols)) everyColumnUniform = false;
  }
  return everyRowUniform || everyColumnUniform;
}

export function validRate(samples: string[], rows: number, cols: number): number {
  if (samples.length === 0) return 0;
  const valid = samples.filter((s) => isBarsOrStripes(s, rows, cols)).length;
  return valid / samples.length;
}
