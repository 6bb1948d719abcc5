import { assertDistribution, assertSameLength } from './distribution';

/** The bandwidths Liu & Wang (2018, arXiv:1804.04168) use for bars-and-stripes. */
export const BAS_BANDWIDTHS: readonly number[] = [0.5, 1, 2, 4];

/**
 * The Gaussian-mixture kernel of Liu & Wang (2018) on n-bit outcomes x, y:
 *   K(x, y) = (1/c) Σ_i exp(−|x − y|² / (2σ_i)),
 * where |x − y|² between bit vectors is the number of differing bits (Hamming distance), and c the number of σ's.
 */
export function mixtureKernel(x: number, y: number, sigmas: readonly number[] = BAS_BANDWIDTHS): number {
  const d = hamming(x, y);
  let k = 0;
  for (const s of sigmas) k += Math.exp(-d / (2 * s));
  return k / sigmas.length;
}

/**
 * Squared maximum mean discrepancy between two distributions over 2^n outcomes with the mixture kernel:
 *   MMD² = Σ_x Σ_y (p − q)(x) K(x, y) (p − q)(y).
 * Zero exactly when p = q (the kernel is positive definite), symmetric, and finite even where KL is infinite.
 *
 * A direct double sum costs 4^n. Each Gaussian term factorises over bits, exp(−d/(2σ)) = Π_bits e^{−[x_b≠y_b]/(2σ)},
 * so the kernel matrix is a tensor product of 2×2 matrices [[1, e], [e, 1]] and can be applied one bit at a time,
 * like a one-qubit gate: n·2^n work per σ.
 */
export function mmdSquared(p: ArrayLike<number>, q: ArrayLike<number>, sigmas: readonly number[] = BAS_BANDWIDTHS): number {
  assertSameLength(p, q, 'mmdSquared');
  assertDistribution(p, 'mmdSquared (first argument)');
  assertDistribution(q, 'mmdSquared (second argument)');
  if (sigmas.length === 0 || sigmas.some((s) => !(s > 0) || !Number.isFinite(s))) {
    throw new Error(`mmdSquared: bandwidths must be positive numbers, got [${sigmas.join(', ')}]`);
  }
  const size = p.length;
  const n = Math.log2(size);
  if (!Number.isInteger(n)) throw new Error(`mmdSquared: expected 2^n outcomes, got ${size}`);
  const diff = new Float64Array(size);
  for (let i = 0; i < size; i++) diff[i] = p[i]! - q[i]!;
  const work = new Float64Array(size);
  let total = 0;
  for (const s of sigmas) {
    const e = Math.exp(-1 / (2 * s));
    work.set(diff);
    for (let b = 0; b < n; b++) {
      const bit = 1 << b;
      for (let i = 0; i < size; i++) {
        if (i & bit) continue;
        const a0 = work[i]!;
        const a1 = work[i | bit]!;
        work[i] = a0 + e * a1;
        work[i | bit] = e * a0 + a1;
      }
    }
    for (let i = 0; i < size; i++) total += diff[i]! * work[i]!;
  }
  return Math.max(0, total / sigmas.length);
}

/** MMD itself (the square root), in the kernel's units. */
export function mmd(p: ArrayLike<number>, q: ArrayLike<number>, sigmas: readonly number[] = BAS_BANDWIDTHS): number {
  return Math.sqrt(mmdSquared(p, q, sigmas));
}

function hamming(x: number, y: number): number {
  let v = (x ^ y) >>> 0;
  let c = 0;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}
