/**
 * Zero-noise extrapolation: a least-squares line through values measured at amplified noise, read off at zero noise.
 * Grade it with:  npm run grade -- 30
 */

/** The intercept at scale 0 of the least-squares line y = a + b·x through (scales[i], values[i]). */
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  throw new Error('zeroNoiseEstimate is not written yet');
}
