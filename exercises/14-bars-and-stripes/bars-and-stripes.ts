/**
 * Bars and stripes: is a sampled image one of the valid patterns, and what fraction of a list of samples is?
 * Pixel (r, c) is qubit r·cols + c; qubit 0 is the rightmost character of a bitstring.
 * Grade it with:  npm run grade -- 14
 */

/** True when every row of the image is uniform, or every column is. */
export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  throw new Error('isBarsOrStripes is not written yet');
}

/** The fraction of samples (each repeat counted) that are bars or stripes; 0 for no samples. */
export function validRate(samples: string[], rows: number, cols: number): number {
  throw new Error('validRate is not written yet');
}
