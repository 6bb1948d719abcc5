// Correct, another way: binary search for the smallest N whose standard error is within ε (with the same 1e-9
// relative slack on ε², so exact boundaries are not pushed up by rounding), using p(+1) = (1 + m)/2.
export function shotsForPrecision(mean: number, eps: number): number {
  const p = (1 + mean) / 2;
  const variance = 4 * p * (1 - p);
  const ok = (n: number) => variance / n <= eps * eps * (1 + 1e-9);
  let lo = 1;
  let hi = 1;
  while (!ok(hi)) hi *= 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
