// Mistake: computes ln(1 − e) as Math.log(1 - e): 1 − 1e-12 is rounded before the log, losing four digits of e.
export function maxDepth(layerErrors: number[], target: number): number {
  const logLayer = layerErrors.reduce((sum, e) => sum + Math.log(1 - e), 0);
  if (logLayer === 0) return Infinity;
  return Math.max(0, Math.floor(Math.log(target) / logLayer));
}
