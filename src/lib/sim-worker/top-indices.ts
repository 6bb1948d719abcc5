/** Probabilities below this are rounding noise, not outcomes worth a row. */
const NEGLIGIBLE = 1e-15;

/**
 * The indices of the k largest values (ties: lower index first), returned in increasing index order, leaving out
 * negligible values. Linear time (quickselect on a copy), because at 24 qubits there are 16 million values and
 * a full sort would stall the worker for seconds.
 */
export function topIndices(values: Float64Array, k: number): number[] {
  if (k <= 0) return [];
  const nonzero: number[] = [];
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > NEGLIGIBLE) count++;
  if (count <= k) {
    for (let i = 0; i < values.length; i++) if (values[i]! > NEGLIGIBLE) nonzero.push(i);
    return nonzero;
  }
  const copy = new Float64Array(count);
  for (let i = 0, j = 0; i < values.length; i++) if (values[i]! > NEGLIGIBLE) copy[j++] = values[i]!;
  const threshold = kthLargest(copy, k);
  const above: number[] = [];
  const equal: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > threshold) above.push(i);
    else if (v === threshold && v > NEGLIGIBLE) equal.push(i);
  }
  return [...above, ...equal.slice(0, k - above.length)].sort((a, b) => a - b);
}

/** Hoare-style quickselect: the k-th largest value (k from 1). Reorders `a`. */
function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}
