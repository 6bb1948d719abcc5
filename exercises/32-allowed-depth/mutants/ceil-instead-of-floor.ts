// Mistake: rounds ln target / ln F_layer up, so the last layer takes the fidelity below the target.
export function maxDepth(layerErrors: number[], target: number): number {
  const logLayer = layerErrors.reduce((sum, e) => sum + Math.log1p(-e), 0);
  if (logLayer === 0) return Infinity;
  return Math.max(0, Math.ceil(Math.log(target) / logLayer));
}
