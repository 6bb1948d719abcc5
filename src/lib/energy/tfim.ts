/**
 * The transverse-field Ising chain H = −J Σ Z_i Z_{i+1} − h Σ X_i on N sites (site i = qubit i = bit i of a basis
 * index). H is real in the computational basis, so every routine here works on real Float64Array vectors.
 */
import type { StateVector } from '../quantum';

export interface TfimChain {
  sites: number;
  J: number;
  h: number;
  /** Adds the bond (N−1, 0). Ignored for fewer than 3 sites, where it would double the only bond. */
  periodic: boolean;
}

/** Largest chain the dense routines accept: 2^10 × 2^10 doubles is 8 MB, and Jacobi sweeps are O(dim³). */
export const MAX_DENSE_SITES = 10;

export function checkChain(c: TfimChain): void {
  if (!Number.isInteger(c.sites) || c.sites < 1 || c.sites > 20) throw new Error(`TFIM: sites must be a whole number from 1 to 20, got ${c.sites}`);
  if (!Number.isFinite(c.J) || !Number.isFinite(c.h)) throw new Error(`TFIM: J and h must be finite numbers, got J=${c.J}, h=${c.h}`);
}

/** Nearest-neighbour bonds as [i, j] pairs. */
export function bonds(c: TfimChain): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < c.sites; i++) out.push([i, i + 1]);
  if (c.periodic && c.sites > 2) out.push([c.sites - 1, 0]);
  return out;
}

/** Value of H_ZZ = −J Σ Z_i Z_j on basis state k (Z reads +1 for bit 0, −1 for bit 1). */
export function zzDiagonal(c: TfimChain): Float64Array {
  const dim = 2 ** c.sites;
  const bs = bonds(c);
  const d = new Float64Array(dim);
  for (let k = 0; k < dim; k++) {
    let s = 0;
    for (const [i, j] of bs) s += ((k >>> i) ^ (k >>> j)) & 1 ? -1 : 1;
    d[k] = -c.J * s;
  }
  return d;
}

/** out = H·v without building H: the diagonal ZZ part plus −h times a bit flip on each site. */
export function applyTfim(c: TfimChain, v: Float64Array, out: Float64Array, diag = zzDiagonal(c)): Float64Array {
  const dim = v.length;
  for (let k = 0; k < dim; k++) {
    let s = diag[k]! * v[k]!;
    for (let i = 0; i < c.sites; i++) s -= c.h * v[k ^ (1 << i)]!;
    out[k] = s;
  }
  return out;
}

/** The full matrix, row-major (dim × dim). Only for small chains. */
export function denseTfim(c: TfimChain): Float64Array {
  checkChain(c);
  if (c.sites > MAX_DENSE_SITES) throw new Error(`denseTfim: at most ${MAX_DENSE_SITES} sites, got ${c.sites}`);
  const dim = 2 ** c.sites;
  const m = new Float64Array(dim * dim);
  const e = new Float64Array(dim);
  const col = new Float64Array(dim);
  const diag = zzDiagonal(c);
  for (let j = 0; j < dim; j++) {
    e.fill(0);
    e[j] = 1;
    applyTfim(c, e, col, diag);
    for (let i = 0; i < dim; i++) m[i * dim + j] = col[i]!;
  }
  return m;
}

/** Exact energy ⟨ψ|H|ψ⟩ of a (complex) state: the ZZ part from |a_k|², each X_i from Re Σ conj(a_{k⊕2^i}) a_k. */
export function tfimEnergy(c: TfimChain, state: StateVector): number {
  checkChain(c);
  if (state.numQubits !== c.sites) throw new Error(`tfimEnergy: the state has ${state.numQubits} qubits, the chain ${c.sites} sites`);
  const { re, im } = state;
  const diag = zzDiagonal(c);
  let e = 0;
  for (let k = 0; k < re.length; k++) {
    e += diag[k]! * (re[k]! * re[k]! + im[k]! * im[k]!);
    for (let i = 0; i < c.sites; i++) {
      const j = k ^ (1 << i);
      e -= c.h * (re[j]! * re[k]! + im[j]! * im[k]!);
    }
  }
  return e;
}
