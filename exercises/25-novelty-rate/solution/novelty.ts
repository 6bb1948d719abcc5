export interface BarsAndStripesRule { kind: 'bars-and-stripes'; rows: number; cols: number }
export interface Novelty { novel: number; valid: number; validNovel: number }

function pixel(image: string, r: number, c: number, cols: number): string {
  return image[image.length - 1 - (r * cols + c)]!;
}

function isBarsAndStripes(image: string, rows: number, cols: number): boolean {
  let rowsUniform = true;
  for (let r = 0; r < rows; r++) for (let c = 1; c < cols; c++) if (pixel(image, r, c, cols) !== pixel(image, r, 0, cols)) rowsUniform = false;
  let colsUniform = true;
  for (let c = 0; c < cols; c++) for (let r = 1; r < rows; r++) if (pixel(image, r, c, cols) !== pixel(image, 0, c, cols)) colsUniform = false;
  return rowsUniform || colsUniform;
}

export function novelty(generated: string[], training: string[], rule: BarsAndStripesRule): Novelty {
  const seenInTraining = new Set(training);
  let novel = 0;
  let valid = 0;
  let validNovel = 0;
  for (const image of generated) {
    const isNew = !seenInTraining.has(image);
    const ok = isBarsAndStripes(image, rule.rows, rule.cols);
    if (isNew) novel++;
    if (ok) valid++;
    if (ok && isNew) validNovel++;
  }
  const n = generated.length;
  return n === 0 ? { novel: 0, valid: 0, validNovel: 0 } : { novel: novel / n, valid: valid / n, validNovel: validNovel / n };
}
