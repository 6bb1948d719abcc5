// Correct, another way: a first guess from the logs, then nudged so that L keeps the target and L + 1 does not,
// both tested in log space.
export function maxDepth(layerErrors: number[], target: number): number {
  let lnLayer = 0;
  for (const e of layerErrors) lnLayer += Math.log1p(-e);
  if (lnLayer === 0) return Infinity;
  const lnTarget = Math.log(target);
  let L = Math.max(0, Math.floor(lnTarget / lnLayer));
  while (L > 0 && L * lnLayer < lnTarget) L--;
  while ((L + 1) * lnLayer >= lnTarget) L++;
  return L;
}
