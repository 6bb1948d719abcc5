/**
 * A matrix product state over n bits (Han, Wang, Fan, Wang & Zhang, PRX 8, 031012, 2018): the amplitude of a bit
 * string x is a product of matrices, one per bit,
 *   ψ(x) = A₀[x₀] · A₁[x₁] · … · A_{n−1}[x_{n−1}],
 * where A_k[s] is a D_k × D_{k+1} real matrix and D₀ = D_n = 1, so the product is a number. The model's
 * distribution is the Born rule, p(x) = ψ(x)² / Z with Z = Σ_x ψ(x)².
 *
 * Site k is bit k of the outcome index, so it is qubit k (qubit 0 = least significant bit = rightmost character of
 * a bitstring), and for bars and stripes it is pixel k in row-major order, as in the circuit Born machine.
 *
 * The bond dimension D caps every D_k: D_k = min(D, 2^k, 2^(n−k)), the largest rank a cut after k bits can have.
 * D = 1 is a product of independent bits; a large enough D represents any distribution exactly.
 */
import type { Rng } from '../../quantum';

export interface Mps {
  readonly numSites: number;
  /** The cap D asked for. */
  readonly maxBond: number;
  /** D_0 … D_n (length n + 1, first and last 1). */
  readonly bonds: readonly number[];
  /** Where tensor k starts in `theta`. Tensor k has entries (a·2 + s)·D_{k+1} + b for a < D_k, s ∈ {0,1}, b < D_{k+1}. */
  readonly offsets: readonly number[];
  /** Every tensor entry, flat: the trainable parameters, updated in place by the optimiser. */
  readonly theta: Float64Array;
}

export const MPS_MAX_SITES = 30;

export function bondDimensions(n: number, maxBond: number): number[] {
  if (!Number.isInteger(n) || n < 1 || n > MPS_MAX_SITES) throw new Error(`mps: the number of bits must be a whole number from 1 to ${MPS_MAX_SITES}, got ${n}`);
  if (!Number.isInteger(maxBond) || maxBond < 1) throw new Error(`mps: the bond dimension must be a whole number of at least 1, got ${maxBond}`);
  return Array.from({ length: n + 1 }, (_, k) => Math.min(maxBond, 2 ** k, 2 ** (n - k)));
}

/** Σ_k D_k · 2 · D_{k+1}: the number of real numbers the model trains. */
export function mpsParameterCount(n: number, maxBond: number): number {
  const d = bondDimensions(n, maxBond);
  let total = 0;
  for (let k = 0; k < n; k++) total += d[k]! * 2 * d[k + 1]!;
  return total;
}

/** An MPS with the given tensor entries (copied), checked for length. */
export function mpsFromTheta(n: number, maxBond: number, theta: ArrayLike<number>): Mps {
  const bonds = bondDimensions(n, maxBond);
  const offsets: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    offsets.push(total);
    total += bonds[k]! * 2 * bonds[k + 1]!;
  }
  if (theta.length !== total) throw new Error(`mps: expected ${total} tensor entries, got ${theta.length}`);
  return { numSites: n, maxBond, bonds, offsets, theta: Float64Array.from(theta) };
}

/**
 * A random starting point. Each A_k[s] is the identity (on the overlap of its rows and columns) plus noise of size
 * `noise`: near a product of fair coins, so the first distribution is close to uniform and no amplitude starts
 * orders of magnitude above the rest, the way a product of purely random matrices would.
 */
export function randomMps(n: number, maxBond: number, rng: Rng, noise = 0.5): Mps {
  const m = mpsFromTheta(n, maxBond, new Float64Array(mpsParameterCount(n, maxBond)));
  for (let k = 0; k < n; k++) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!;
    for (let a = 0; a < dl; a++) for (let s = 0; s < 2; s++) for (let b = 0; b < dr; b++) {
      m.theta[m.offsets[k]! + (a * 2 + s) * dr + b] = (a === b ? 1 : 0) + noise * (2 * rng() - 1);
    }
  }
  return m;
}

/** Entry A_k[s][a][b]. */
export function tensorEntry(m: Mps, k: number, a: number, s: number, b: number): number {
  return m.theta[m.offsets[k]! + (a * 2 + s) * m.bonds[k + 1]! + b]!;
}
