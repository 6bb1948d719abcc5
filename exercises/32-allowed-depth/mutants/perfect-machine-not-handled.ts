// Mistake: no special case for an error-free layer, so ln target / 0 gives −Infinity or NaN instead of Infinity.
export function maxDepth(layerErrors: number[], target: number): number {
  const logLayer = layerErrors.reduce((sum, e) => sum + Math.log1p(-e), 0);
  const depth = Math.floor(Math.log(target) / logLayer);
  return depth > 0 ? depth : 0;
}
