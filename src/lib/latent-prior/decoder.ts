/**
 * A fixed decoder from a 4-bit latent code to a 3×3 bars-and-stripes image (the generator half of a toy GAN or
 * VAE, frozen). Bit 3 of the code picks the orientation (0: horizontal stripes, 1: vertical bars); bits 0–2 say
 * which of the three rows (or columns) are on. The 16 codes give 14 distinct images: the blank and the full image
 * can each be made both ways. Image indices follow the course convention (pixel (r, c) is bit 3r + c).
 */
import { pixelBit } from '../datasets';

export const LATENT_BITS = 4;
export const IMAGE_ROWS = 3;
export const IMAGE_COLS = 3;
export const IMAGE_OUTCOMES = 2 ** (IMAGE_ROWS * IMAGE_COLS);

export function decodeLatent(code: number): number {
  if (!Number.isInteger(code) || code < 0 || code >= 2 ** LATENT_BITS) throw new Error(`latent code must be 0..15, got ${code}`);
  const vertical = (code >>> 3) & 1;
  let img = 0;
  for (let line = 0; line < 3; line++) {
    if (!((code >>> line) & 1)) continue;
    for (let j = 0; j < 3; j++) img |= 1 << (vertical ? pixelBit(j, line, IMAGE_COLS) : pixelBit(line, j, IMAGE_COLS));
  }
  return img;
}

/** The distribution of decoded images when codes are drawn from `prior` (16 probabilities). */
export function pushForward(prior: ArrayLike<number>): Float64Array {
  if (prior.length !== 2 ** LATENT_BITS) throw new Error(`expected ${2 ** LATENT_BITS} prior probabilities, got ${prior.length}`);
  const out = new Float64Array(IMAGE_OUTCOMES);
  for (let c = 0; c < prior.length; c++) out[decodeLatent(c)]! += prior[c]!;
  return out;
}
