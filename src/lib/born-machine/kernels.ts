/**
 * Tight loops for the three gates of the ansatz, on the engine's state layout (amplitude k = re[k] + i·im[k], bit q
 * of k is qubit q). Training runs these hundreds of thousands of times, so they avoid the engine's per-gate checks
 * and generic 2×2 path; the tests check them against the engine's gates.
 *
 * Conventions match the engine: Rx(θ) = [[c, −is], [−is, c]], Rz(θ) = diag(e^{−iθ/2}, e^{iθ/2}), c = cos θ/2,
 * s = sin θ/2. Both are exp(−iθG/2) with G = X or Z, which is what the derivative formulas below rely on.
 */
import type { StateVector } from '../quantum';

export function applyRx(s: StateVector, q: number, theta: number): void {
  const c = Math.cos(theta / 2);
  const sn = Math.sin(theta / 2);
  const { re, im } = s;
  const bit = 1 << q;
  const size = re.length;
  for (let i = 0; i < size; i++) {
    if (i & bit) continue;
    const j = i | bit;
    const ar = re[i]!, ai = im[i]!, br = re[j]!, bi = im[j]!;
    // c·a − i·s·b and c·b − i·s·a
    re[i] = c * ar + sn * bi;
    im[i] = c * ai - sn * br;
    re[j] = c * br + sn * ai;
    im[j] = c * bi - sn * ar;
  }
}

export function applyRz(s: StateVector, q: number, theta: number): void {
  const c = Math.cos(theta / 2);
  const sn = Math.sin(theta / 2);
  const { re, im } = s;
  const bit = 1 << q;
  const size = re.length;
  for (let i = 0; i < size; i++) {
    const r = re[i]!, m = im[i]!;
    // bit clear: multiply by c − i·s; bit set: by c + i·s
    const sg = i & bit ? sn : -sn;
    re[i] = c * r - sg * m;
    im[i] = c * m + sg * r;
  }
}

export function applyCx(s: StateVector, control: number, target: number): void {
  const { re, im } = s;
  const cb = 1 << control;
  const tb = 1 << target;
  const size = re.length;
  for (let i = 0; i < size; i++) {
    if (!(i & cb) || i & tb) continue;
    const j = i | tb;
    const r = re[i]!, m = im[i]!;
    re[i] = re[j]!;
    im[i] = im[j]!;
    re[j] = r;
    im[j] = m;
  }
}

/** Im⟨λ|X_q|φ⟩ = Σ_i Im(conj(λ_i)·φ_{i xor bit}). */
export function imInnerX(lambda: StateVector, phi: StateVector, q: number): number {
  const bit = 1 << q;
  const lr = lambda.re, li = lambda.im, pr = phi.re, pi = phi.im;
  let sum = 0;
  for (let i = 0; i < lr.length; i++) {
    const j = i ^ bit;
    sum += lr[i]! * pi[j]! - li[i]! * pr[j]!;
  }
  return sum;
}

/** Im⟨λ|Z_q|φ⟩ = Σ_i ±Im(conj(λ_i)·φ_i), minus where bit q is set. */
export function imInnerZ(lambda: StateVector, phi: StateVector, q: number): number {
  const bit = 1 << q;
  const lr = lambda.re, li = lambda.im, pr = phi.re, pi = phi.im;
  let sum = 0;
  for (let i = 0; i < lr.length; i++) {
    const t = lr[i]! * pi[i]! - li[i]! * pr[i]!;
    sum += i & bit ? -t : t;
  }
  return sum;
}
