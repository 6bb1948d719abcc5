/**
 * Dense complex matrices for the graders: Kronecker products and plain multiplication, deliberately naive so they
 * share nothing with the code being graded.
 */
export type C = [number, number];
export type M = C[][];

export const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
export const cadd = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
export const conj = (a: C): C => [a[0], -a[1]];

export function zeros(n: number): M {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => [0, 0] as C));
}
export function eye(n: number): M {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m[i]![i] = [1, 0];
  return m;
}
export function matmul(a: M, b: M): M {
  const n = a.length;
  const out = zeros(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) out[i]![j] = cadd(out[i]![j]!, cmul(a[i]![k]!, b[k]![j]!));
  return out;
}
export function dagger(a: M): M {
  return a[0]!.map((_, j) => a.map((row) => conj(row[j]!)));
}
export function kron(a: M, b: M): M {
  const out: M = [];
  for (const ra of a) for (const rb of b) out.push(ra.flatMap((x) => rb.map((y) => cmul(x, y))));
  return out;
}
/** A one-qubit operator on qubit q of n; qubit 0 is the least significant bit, i.e. the rightmost Kronecker factor. */
export function embed(op: M, q: number, n: number): M {
  let out: M = [[[1, 0]]];
  for (let k = n - 1; k >= 0; k--) out = kron(out, k === q ? op : eye(2));
  return out;
}
export function addInto(a: M, b: M): M {
  return a.map((row, i) => row.map((x, j) => cadd(x, b[i]![j]!)));
}
/** ρ → Σ K ρ K† with full-size K's. */
export function channel(rho: M, ks: M[]): M {
  return ks.reduce((acc, k) => addInto(acc, matmul(matmul(k, rho), dagger(k))), zeros(rho.length));
}
export function maxDiff(a: M, b: M): number {
  let d = 0;
  a.forEach((row, i) => row.forEach((x, j) => (d = Math.max(d, Math.hypot(x[0] - b[i]![j]![0], x[1] - b[i]![j]![1])))));
  return d;
}
