/** Shuffling and the train/test split, seeded. */
import type { Rng } from '../../quantum/types';

/** Fisher–Yates shuffle, in place. */
export function shuffleInPlace(a: Int32Array, rng: Rng): Int32Array {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

export interface Split {
  train: Int32Array;
  test: Int32Array;
}

/** The first `train` for training and the `test` after them, as the paper's generators slice their arrays. */
export function splitHead(samples: Int32Array, train: number, test: number): Split {
  if (train + test > samples.length) throw new Error(`splitHead: asked for ${train} + ${test} samples, have ${samples.length}`);
  return { train: samples.slice(0, train), test: samples.slice(train, train + test) };
}
