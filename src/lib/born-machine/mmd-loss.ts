/**
 * The training loss: squared MMD between the model p and the data π with Liu & Wang's mixture kernel
 * K(x, y) = (1/c) Σ_i exp(−|x − y|²/(2σ_i)) (|x − y|² = number of differing bits), and its gradient with respect
 * to p, which the chain rule then carries to the angles:
 *   L(p) = (p − π)ᵀ K (p − π),   ∂L/∂p(x) = 2·[K(p − π)](x)   (K is symmetric).
 *
 * K factorises over bits (see src/lib/metrics/mmd.ts), so K·v costs c·n·2ⁿ instead of 4ⁿ.
 */
export const DEFAULT_SIGMAS: readonly number[] = [0.5, 1, 2, 4];

/** K·v for the mixture kernel, as a new vector. */
export function applyMixtureKernel(v: ArrayLike<number>, sigmas: readonly number[] = DEFAULT_SIGMAS): Float64Array {
  const size = v.length;
  const n = Math.round(Math.log2(size));
  if (1 << n !== size) throw new Error(`applyMixtureKernel: expected 2^n entries, got ${size}`);
  const out = new Float64Array(size);
  const work = new Float64Array(size);
  for (const s of sigmas) {
    const e = Math.exp(-1 / (2 * s));
    for (let i = 0; i < size; i++) work[i] = v[i]!;
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
    for (let i = 0; i < size; i++) out[i]! += work[i]! / sigmas.length;
  }
  return out;
}

export interface LossAndGradient {
  loss: number;
  /** ∂L/∂p(x) for every outcome x. */
  dLdp: Float64Array;
}

export function mmdLossAndGradient(p: ArrayLike<number>, data: ArrayLike<number>, sigmas: readonly number[] = DEFAULT_SIGMAS): LossAndGradient {
  const diff = new Float64Array(p.length);
  for (let i = 0; i < diff.length; i++) diff[i] = p[i]! - data[i]!;
  const kd = applyMixtureKernel(diff, sigmas);
  let loss = 0;
  for (let i = 0; i < diff.length; i++) loss += diff[i]! * kd[i]!;
  for (let i = 0; i < kd.length; i++) kd[i]! *= 2;
  return { loss: Math.max(0, loss), dLdp: kd };
}

export function mmdLoss(p: ArrayLike<number>, data: ArrayLike<number>, sigmas: readonly number[] = DEFAULT_SIGMAS): number {
  return mmdLossAndGradient(p, data, sigmas).loss;
}
