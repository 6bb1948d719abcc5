/**
 * The gradient of the circuit Born machine's loss (squared MMD, src/lib/born-machine/mmd-loss.ts) with respect to
 * every tensor entry, by hand-written reverse-mode differentiation:
 *   p(x) = ψ(x)²/Z, Z = Σ_y ψ(y)²  ⇒  ∂L/∂ψ(x) = (2ψ(x)/Z) · (g(x) − Σ_y p(y) g(y)),   g = ∂L/∂p,
 * and ψ(x) = L_k · A_k[x_k] · R_k (prefix and suffix vectors, ./contract.ts) is linear in A_k, so
 *   ∂L/∂A_k[a][s][b] = Σ_{x: x_k = s} ∂L/∂ψ(x) · L_k(x)[a] · R_k(x)[b].
 * Cost n·2^n·D², the same order as the exact loss itself, which needs all 2^n probabilities anyway.
 */
import { mmdLossAndGradient } from '../../born-machine/mmd-loss';
import { prefixVectors, suffixVectors } from './contract';
import type { Mps } from './mps';

export interface MpsLossGradient {
  loss: number;
  /** ∂L/∂θ, laid out like m.theta. */
  gradient: Float64Array;
  /** The model distribution the loss was computed from. */
  probs: Float64Array;
}

export function mpsMmdGradient(m: Mps, data: ArrayLike<number>): MpsLossGradient {
  const n = m.numSites;
  const prefixes = prefixVectors(m);
  const suffixes = suffixVectors(m);
  const psi = prefixes[n]!;
  if (data.length !== psi.length) throw new Error(`mps: the data has ${data.length} outcomes, the model ${psi.length}`);
  let z = 0;
  for (const v of psi) z += v * v;
  if (!(z > 0)) throw new Error('mps: every amplitude is zero, so the state has no distribution');
  const probs = new Float64Array(psi.length);
  for (let i = 0; i < psi.length; i++) probs[i] = (psi[i]! * psi[i]!) / z;
  const { loss, dLdp } = mmdLossAndGradient(probs, data);
  let mean = 0;
  for (let i = 0; i < psi.length; i++) mean += probs[i]! * dLdp[i]!;
  const dpsi = new Float64Array(psi.length);
  for (let i = 0; i < psi.length; i++) dpsi[i] = ((2 * psi[i]!) / z) * (dLdp[i]! - mean);

  const gradient = new Float64Array(m.theta.length);
  const left = new Float64Array(Math.max(...m.bonds));
  for (let k = 0; k < n; k++) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!;
    const pre = prefixes[k]!, suf = suffixes[k]!;
    const prefixCount = 1 << k, suffixCount = 1 << (n - k - 1);
    for (let s = 0; s < 2; s++) for (let q = 0; q < suffixCount; q++) {
      // left[a] = Σ_p ∂L/∂ψ(p, s, q) · L_k(p)[a]; then the outer product with R_k(q).
      left.fill(0, 0, dl);
      const base = (s << k) | (q << (k + 1));
      for (let p = 0; p < prefixCount; p++) {
        const c = dpsi[base | p]!;
        if (c === 0) continue;
        for (let a = 0; a < dl; a++) left[a]! += c * pre[p * dl + a]!;
      }
      for (let a = 0; a < dl; a++) {
        const la = left[a]!;
        if (la === 0) continue;
        const row = off + (a * 2 + s) * dr;
        for (let b = 0; b < dr; b++) gradient[row + b]! += la * suf[q * dr + b]!;
      }
    }
  }
  return { loss, gradient, probs };
}
