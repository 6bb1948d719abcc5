/**
 * Two small classical generative models for binary images, fitted in closed form to training images (outcome
 * indices in the course convention: bit q is pixel q). Both return a full probability vector over 2^n images, so
 * exact metrics (KL, MMD, valid mass) can be computed — possible only because n is tiny.
 */
import { oneMarginals, productDistribution } from '../entanglement/marginals';
import { histogram } from '../metrics/distribution';

/**
 * Independent pixels: each pixel on with its own training frequency, no pixel knows about any other.
 * n parameters; cannot express "this pixel equals that one".
 */
export function fitIndependentPixels(train: ArrayLike<number>, numBits: number): { marginals: Float64Array; probs: Float64Array } {
  const marginals = oneMarginals(histogram(train, 2 ** numBits));
  return { marginals, probs: productDistribution(marginals) };
}

/**
 * Smoothed histogram: count each image in the training set and add `alpha` pseudo-counts to every one of the 2^n
 * images (Laplace smoothing when alpha = 1). 2^n − 1 free parameters: it can fit anything, and with alpha = 0 it
 * can only replay the images it has seen.
 */
export function fitSmoothedHistogram(train: ArrayLike<number>, numBits: number, alpha: number): Float64Array {
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new Error(`fitSmoothedHistogram: alpha must be >= 0, got ${alpha}`);
  const size = 2 ** numBits;
  const counts = new Float64Array(size).fill(alpha);
  for (let i = 0; i < train.length; i++) counts[train[i]!]!++;
  const total = train.length + alpha * size;
  if (!(total > 0)) throw new Error('fitSmoothedHistogram: no training images and alpha = 0');
  for (let k = 0; k < size; k++) counts[k]! /= total;
  return counts;
}
