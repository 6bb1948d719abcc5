// Mistake: uses ln F_layer ≈ −Σ eᵢ, good for small errors, too generous once they are large.
export function maxDepth(layerErrors: number[], target: number): number {
  const sum = layerErrors.reduce((a, e) => a + e, 0);
  if (sum === 0) return Infinity;
  return Math.max(0, Math.floor(-Math.log(target) / sum));
}
