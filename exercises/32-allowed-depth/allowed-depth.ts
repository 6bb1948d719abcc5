/**
 * How many identical layers fit before the estimated fidelity F_layer^L falls below a target.
 * Grade it with:  npm run grade -- 32
 */

/** Largest whole L ≥ 0 with Π(1 − eᵢ)^L ≥ target; Infinity if the layer has no error. */
export function maxDepth(layerErrors: number[], target: number): number {
  throw new Error('maxDepth is not written yet');
}
