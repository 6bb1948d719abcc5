// Correct, another way: bisection on L over the condition L · ln F_layer ≥ ln target, with no division at all.
export function maxDepth(layerErrors: number[], target: number): number {
  const lnLayer = layerErrors.map((e) => Math.log1p(-e)).reduce((a, b) => a + b, 0);
  if (lnLayer === 0) return Infinity;
  const lnTarget = Math.log(target);
  const keeps = (L: number) => L * lnLayer >= lnTarget;
  if (!keeps(1)) return 0;
  let lo = 1;
  let hi = 2;
  while (keeps(hi)) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (keeps(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
