/**
 * The graders' own Ising-chain references: the Hamiltonian as a dense real matrix built entry by entry, exact
 * expectations by matrix-vector products, and a Jacobi eigenvalue solver for ground states. Shares no code with
 * the exercise's tools or solutions.
 */
export interface IsingModel {
  J: number;
  h: number;
  periodic: boolean;
}

function bondList(n: number, periodic: boolean): [number, number][] {
  const b: [number, number][] = [];
  for (let i = 0; i < n - 1; i++) b.push([i, i + 1]);
  if (periodic && n > 2) b.push([n - 1, 0]);
  return b;
}

/** The ZZ part (diagonal) and the X part of H as dense matrices. */
export function hamiltonianParts(n: number, m: IsingModel): { zz: number[][]; x: number[][] } {
  const dim = 1 << n;
  const zz = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  const x = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (let k = 0; k < dim; k++) {
    for (const [i, j] of bondList(n, m.periodic)) zz[k]![k]! += -m.J * (((k >> i) & 1) === ((k >> j) & 1) ? 1 : -1);
    for (let q = 0; q < n; q++) x[k ^ (1 << q)]![k]! += -m.h;
  }
  return { zz, x };
}

/** ⟨ψ|A|ψ⟩ for a real symmetric A and a complex state. */
export function expectation(a: number[][], re: ArrayLike<number>, im: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length; j++) if (a[i]![j] !== 0) s += a[i]![j]! * (re[i]! * re[j]! + im[i]! * im[j]!);
  return s;
}

export function square(a: number[][]): number[][] {
  return a.map((row, i) => row.map((_, j) => row.reduce((s, v, k) => s + v * a[k]![j]!, 0)));
}

export const add = (a: number[][], b: number[][]) => a.map((row, i) => row.map((v, j) => v + b[i]![j]!));

/** Lowest eigenvalue and its eigenvector of a real symmetric matrix by cyclic Jacobi rotations. */
export function groundState(a: number[][]): { energy: number; vector: number[] } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-24) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p]![q]!) < 1e-300) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * m[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (m[i]![i]! < m[best]![best]!) best = i;
  return { energy: m[best]![best]!, vector: v.map((row) => row[best]!) };
}
