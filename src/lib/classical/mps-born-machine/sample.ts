/**
 * Exact (perfect) sampling from an MPS, bit by bit, as Han et al. (2018) do: the chain rule
 *   p(x) = p(x₀) · p(x₁ | x₀) · … ,
 * where each conditional comes from the chosen prefix and a right environment (the contraction of everything to the
 * right with its mirror image). No Markov chain, no burn-in and no 2^n table: a sample costs n·D² after an n·D³
 * set-up, and samples are independent. Han et al. keep the MPS in canonical form so the right environment is the
 * identity; computing the environments instead gives the same draws without re-gauging.
 */
import type { Rng } from '../../quantum';
import type { Mps } from './mps';

/** Right environments E_k (D_k × D_k), k = 0…n, E_n = [1]; each scaled to max 1 (conditionals are ratios). */
export function rightEnvironments(m: Mps): Float64Array[] {
  const n = m.numSites;
  const envs: Float64Array[] = new Array<Float64Array>(n + 1);
  envs[n] = new Float64Array([1]);
  for (let k = n - 1; k >= 0; k--) {
    const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!, th = m.theta;
    const right = envs[k + 1]!;
    const e = new Float64Array(dl * dl);
    for (let s = 0; s < 2; s++) {
      const tmp = new Float64Array(dl * dr); // A[s] · right
      for (let a = 0; a < dl; a++) for (let b = 0; b < dr; b++) {
        const x = th[off + (a * 2 + s) * dr + b]!;
        if (x === 0) continue;
        for (let b2 = 0; b2 < dr; b2++) tmp[a * dr + b2]! += x * right[b * dr + b2]!;
      }
      for (let a = 0; a < dl; a++) for (let a2 = 0; a2 < dl; a2++) {
        let sum = 0;
        for (let b = 0; b < dr; b++) sum += tmp[a * dr + b]! * th[off + (a2 * 2 + s) * dr + b]!;
        e[a * dl + a2]! += sum;
      }
    }
    let max = 0;
    for (const v of e) max = Math.max(max, Math.abs(v));
    if (max > 0) for (let i = 0; i < e.length; i++) e[i]! /= max;
    envs[k] = e;
  }
  return envs;
}

/** A sampler of outcome indices (bit k = site k) that reuses the environments for every draw. */
export function createMpsSampler(m: Mps): (rng: Rng) => number {
  const envs = rightEnvironments(m);
  const n = m.numSites;
  const width = Math.max(...m.bonds);
  const u0 = new Float64Array(width), u1 = new Float64Array(width);
  let v = new Float64Array(width), spare = new Float64Array(width);
  const weight = (u: Float64Array, env: Float64Array, d: number) => {
    let w = 0;
    for (let b = 0; b < d; b++) {
      if (u[b] === 0) continue;
      let row = 0;
      for (let b2 = 0; b2 < d; b2++) row += env[b * d + b2]! * u[b2]!;
      w += u[b]! * row;
    }
    return w;
  };
  return (rng) => {
    v.fill(0);
    v[0] = 1;
    let index = 0;
    for (let k = 0; k < n; k++) {
      const dl = m.bonds[k]!, dr = m.bonds[k + 1]!, off = m.offsets[k]!, th = m.theta;
      u0.fill(0);
      u1.fill(0);
      for (let a = 0; a < dl; a++) {
        const x = v[a]!;
        if (x === 0) continue;
        for (let b = 0; b < dr; b++) {
          u0[b]! += x * th[off + a * 2 * dr + b]!;
          u1[b]! += x * th[off + (a * 2 + 1) * dr + b]!;
        }
      }
      const w0 = Math.max(0, weight(u0, envs[k + 1]!, dr));
      const w1 = Math.max(0, weight(u1, envs[k + 1]!, dr));
      if (!(w0 + w1 > 0)) throw new Error('mps: a prefix with zero probability was reached');
      const bit = rng() * (w0 + w1) < w1 ? 1 : 0;
      if (bit) index |= 1 << k;
      const u = bit ? u1 : u0;
      // Keep the prefix vector at unit size: only its direction matters, and long chains would under- or overflow.
      let norm = 0;
      for (let b = 0; b < dr; b++) norm = Math.max(norm, Math.abs(u[b]!));
      spare.fill(0);
      for (let b = 0; b < dr; b++) spare[b] = u[b]! / norm;
      [v, spare] = [spare, v];
    }
    return index;
  };
}
