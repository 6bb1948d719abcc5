/**
 * The "8 blobs" data set (qml-benchmarks, src/qml_benchmarks/data/spin_blobs.py, generate_8blobs; used by
 * scaling-gqml, paper/datasets/blobs/8_blobs_dataset/generator.py with noise_prob = 0.05): 16 bits on a 4×4 grid,
 * eight fixed centre images; a sample picks a centre uniformly and flips each bit with probability 0.05. (The
 * original draws a Binomial(16, 0.05) number of distinct bits to flip, which is the same distribution.)
 * Bit q is grid cell q in row-major order (row = ⌊q/4⌋, column = q mod 4), and qubit q: qubit 0 is the top-left cell
 * and the rightmost character of a bitstring.
 */
import type { Rng } from '../../quantum/types';

/** The eight centres as 4×4 pictures (1 = bit set), copied from generate_8blobs (config1 … config8). */
export const BLOB_CENTRES: readonly string[][] = [
  ['1100', '1100', '0000', '0000'],
  ['0011', '0011', '0000', '0000'],
  ['0000', '0000', '1100', '1100'],
  ['0000', '0000', '0011', '0011'],
  ['0000', '0110', '0110', '0000'],
  ['1000', '0100', '0010', '0001'],
  ['0001', '0010', '0100', '1000'],
  ['1001', '0000', '0000', '1001'],
];

/** A 4×4 picture (rows top to bottom, cells left to right) as a 16-bit integer, cell (r, c) = bit 4r + c. */
export function pictureToBits(rows: readonly string[]): number {
  let x = 0;
  rows.forEach((row, r) => [...row].forEach((ch, c) => ch === '1' && (x |= 1 << (4 * r + c))));
  return x;
}

export const BLOB_CENTRE_BITS: readonly number[] = BLOB_CENTRES.map(pictureToBits);

export const BLOBS = { bits: 16, flipProbability: 0.05, train: 5_000, test: 10_000 } as const;

/** `count` samples; the paper's split is the first 5,000 for training and the last 10,000 for testing. */
export function sampleBlobs(count: number, rng: Rng, flipProbability: number = BLOBS.flipProbability): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let x = BLOB_CENTRE_BITS[Math.floor(rng() * BLOB_CENTRE_BITS.length)]!;
    for (let q = 0; q < BLOBS.bits; q++) if (rng() < flipProbability) x ^= 1 << q;
    out[i] = x;
  }
  return out;
}
