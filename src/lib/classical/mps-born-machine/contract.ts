/**
 * Exact contractions of an MPS.
 * - The normalisation Z = Σ_x ψ(x)² by transfer matrices, E ← Σ_s A[s]ᵀ E A[s], site by site: cost n·D³, no 2^n.
 * - The dense amplitude vector ψ(x) for all 2^n strings (small n only), through prefix vectors: the left product
 *   L_k(x₀…x_{k−1}) = A₀[x₀]…A_{k−1}[x_{k−1}] is shared by every string with that prefix, so building level k+1
 *   from level k costs 2^(k+1)·D². The gradient reuses these prefixes and the matching suffixes.
 */
import type { Mps } from './mps';

/** Z = Σ_x ψ(x)², exactly, by transfer matrices. */
export function normalisation(m: Mps): number {
  let env = new Float64Array([1]); // D_0 × D_0
  for (let k = 0; k < m.numSites; k++) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!, th = m.theta;
    const next = new Float64Array(dr * dr);
    for (let s = 0; s < 2; s++) {
      // tmp = E · A[s]  (dl × dr), then next += A[s]ᵀ · tmp
      const tmp = new Float64Array(dl * dr);
      for (let a = 0; a < dl; a++) for (let a2 = 0; a2 < dl; a2++) {
        const e = env[a * dl + a2]!;
        if (e === 0) continue;
        for (let b = 0; b < dr; b++) tmp[a * dr + b]! += e * th[off + (a2 * 2 + s) * dr + b]!;
      }
      for (let a = 0; a < dl; a++) for (let b = 0; b < dr; b++) {
        const x = th[off + (a * 2 + s) * dr + b]!;
        if (x === 0) continue;
        for (let b2 = 0; b2 < dr; b2++) next[b * dr + b2]! += x * tmp[a * dr + b2]!;
      }
    }
    env = next;
  }
  return env[0]!;
}

/**
 * Left prefix vectors: level k (k = 0…n) holds 2^k vectors of length D_k, vector p (bit j of p = bit j of x) at
 * [p·D_k, (p+1)·D_k). Level n holds ψ(x) itself.
 */
export function prefixVectors(m: Mps): Float64Array[] {
  const levels: Float64Array[] = [new Float64Array([1])];
  for (let k = 0; k < m.numSites; k++) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!, th = m.theta;
    const prev = levels[k]!;
    const count = 1 << k;
    const next = new Float64Array(2 * count * dr);
    for (let s = 0; s < 2; s++) for (let p = 0; p < count; p++) {
      const out = ((s << k) | p) * dr;
      for (let a = 0; a < dl; a++) {
        const v = prev[p * dl + a]!;
        if (v === 0) continue;
        const row = off + (a * 2 + s) * dr;
        for (let b = 0; b < dr; b++) next[out + b]! += v * th[row + b]!;
      }
    }
    levels.push(next);
  }
  return levels;
}

/**
 * Right suffix vectors: entry k (k = 0…n−1) holds the vectors R_k(x_{k+1}…x_{n−1}) = A_{k+1}[x_{k+1}]…A_{n−1}[x_{n−1}]
 * of length D_{k+1}, one per suffix q (bit j of q = bit k+1+j of x), so ψ(x) = L_k · A_k[x_k] · R_k.
 */
export function suffixVectors(m: Mps): Float64Array[] {
  const n = m.numSites;
  const out: Float64Array[] = new Array<Float64Array>(n);
  out[n - 1] = new Float64Array([1]);
  for (let k = n - 1; k >= 1; k--) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!, th = m.theta;
    const prev = out[k]!;
    const count = 1 << (n - k - 1);
    const next = new Float64Array(2 * count * dl);
    for (let q = 0; q < count; q++) for (let s = 0; s < 2; s++) {
      const dst = (s | (q << 1)) * dl;
      for (let a = 0; a < dl; a++) {
        const row = off + (a * 2 + s) * dr;
        let sum = 0;
        for (let b = 0; b < dr; b++) sum += th[row + b]! * prev[q * dr + b]!;
        next[dst + a] = sum;
      }
    }
    out[k - 1] = next;
  }
  return out;
}

export const DENSE_MAX_SITES = 20;

/** ψ(x) for every x (index bit k = site k). Unnormalised. */
export function denseAmplitudes(m: Mps): Float64Array {
  if (m.numSites > DENSE_MAX_SITES) throw new Error(`mps: a dense vector of ${m.numSites} bits is too large (at most ${DENSE_MAX_SITES})`);
  return prefixVectors(m)[m.numSites]!;
}

/** p(x) = ψ(x)² / Z for every x, with Z from the transfer matrices. */
export function mpsProbabilities(m: Mps): Float64Array {
  const psi = denseAmplitudes(m);
  const z = normalisation(m);
  if (!(z > 0)) throw new Error('mps: every amplitude is zero, so the state has no distribution');
  const p = new Float64Array(psi.length);
  for (let i = 0; i < p.length; i++) p[i] = (psi[i]! * psi[i]!) / z;
  return p;
}
