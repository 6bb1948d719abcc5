export function maxDepth(layerErrors: number[], target: number): number {
  const logLayer = layerErrors.reduce((sum, e) => sum + Math.log1p(-e), 0);
  if (logLayer === 0) return Infinity;
  const depth = Math.floor(Math.log(target) / logLayer);
  return depth > 0 ? depth : 0;
}
