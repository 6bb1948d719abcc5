/**
 * Bars-and-stripes (BAS): rows × cols binary images in which either every row is uniform (horizontal stripes) or
 * every column is uniform (vertical bars). The all-off and all-on images are both, so there are 2^rows + 2^cols − 2.
 *
 * Pixel convention, shared by every lesson that uses BAS: pixel (r, c) is bit q = r·cols + c of the outcome index
 * (row-major), so it is measured by qubit q. In a bitstring qubit 0 is the rightmost character, so the top-left
 * pixel is the LAST character and the bottom-right pixel the first. Draw images from the index, never by reading
 * the bitstring left to right.
 */

export interface BasDataset {
  rows: number;
  cols: number;
  /** Number of pixels (= qubits): rows · cols. */
  numBits: number;
  /** Valid images as outcome indices, increasing. */
  indices: number[];
}

/** Largest image we enumerate: 2^20 outcomes is already a big loop in a browser. */
export const BAS_MAX_PIXELS = 20;

function checkSize(rows: number, cols: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new Error(`bars-and-stripes: rows and cols must be whole numbers >= 1, got ${rows} × ${cols}`);
  }
  if (rows * cols > BAS_MAX_PIXELS) throw new Error(`bars-and-stripes: at most ${BAS_MAX_PIXELS} pixels, got ${rows * cols}`);
}

/** The count formula 2^rows + 2^cols − 2 (for images with at least one row and column). */
export function basCount(rows: number, cols: number): number {
  return 2 ** rows + 2 ** cols - 2;
}

/** Bit index of pixel (r, c). */
export function pixelBit(r: number, c: number, cols: number): number {
  return r * cols + c;
}

export function pixelOn(index: number, r: number, c: number, cols: number): boolean {
  return ((index >>> pixelBit(r, c, cols)) & 1) === 1;
}

/** True when the image `index` is a valid bars-and-stripes pattern. */
export function isBarsAndStripes(index: number, rows: number, cols: number): boolean {
  let rowsUniform = true;
  for (let r = 0; r < rows && rowsUniform; r++) {
    const first = pixelOn(index, r, 0, cols);
    for (let c = 1; c < cols; c++) if (pixelOn(index, r, c, cols) !== first) { rowsUniform = false; break; }
  }
  if (rowsUniform) return true;
  for (let c = 0; c < cols; c++) {
    const first = pixelOn(index, 0, c, cols);
    for (let r = 1; r < rows; r++) if (pixelOn(index, r, c, cols) !== first) return false;
  }
  return true;
}

/**
 * Builds the valid images constructively (each choice of row values gives a stripes image, each choice of column
 * values a bars image), not by filtering all 2^(rows·cols) images, so the count check in the tests is independent.
 */
export function barsAndStripes(rows: number, cols: number): BasDataset {
  checkSize(rows, cols);
  const set = new Set<number>();
  for (let m = 0; m < 2 ** rows; m++) {
    let idx = 0;
    for (let r = 0; r < rows; r++) if ((m >> r) & 1) for (let c = 0; c < cols; c++) idx |= 1 << pixelBit(r, c, cols);
    set.add(idx);
  }
  for (let m = 0; m < 2 ** cols; m++) {
    let idx = 0;
    for (let c = 0; c < cols; c++) if ((m >> c) & 1) for (let r = 0; r < rows; r++) idx |= 1 << pixelBit(r, c, cols);
    set.add(idx);
  }
  return { rows, cols, numBits: rows * cols, indices: [...set].sort((a, b) => a - b) };
}

/** The target distribution: uniform over the valid images, zero elsewhere (length 2^(rows·cols)). */
export function basDistribution(rows: number, cols: number): Float64Array {
  const { indices, numBits } = barsAndStripes(rows, cols);
  const p = new Float64Array(2 ** numBits);
  for (const k of indices) p[k] = 1 / indices.length;
  return p;
}

/** Probability mass a distribution puts on valid images: the "valid-pattern rate" of a model. */
export function validMass(probs: ArrayLike<number>, rows: number, cols: number): number {
  if (probs.length !== 2 ** (rows * cols)) throw new Error(`validMass: expected ${2 ** (rows * cols)} probabilities, got ${probs.length}`);
  let m = 0;
  for (const k of barsAndStripes(rows, cols).indices) m += probs[k]!;
  return m;
}

/** The image as rows of booleans (row 0 at the top, column 0 at the left), for drawing. */
export function pixelRows(index: number, rows: number, cols: number): boolean[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pixelOn(index, r, c, cols)));
}

/** A short text picture for screen readers and tables: rows separated by " / ", "█" on and "·" off. */
export function pixelText(index: number, rows: number, cols: number): string {
  return pixelRows(index, rows, cols)
    .map((row) => row.map((on) => (on ? '█' : '·')).join(''))
    .join(' / ');
}
