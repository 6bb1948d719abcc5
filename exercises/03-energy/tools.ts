/**
 * Helpers for exercise 03 (you do not need to edit this file).
 * States are arrays of 2^n complex amplitudes (re, im); qubit 0 is the least significant bit of a basis index.
 */
export type Rng = () => number;

/** The transverse-field Ising chain H = −J Σ Z_i Z_{i+1} − h Σ X_i; periodic adds the bond (n−1, 0). */
export interface Ising {
  J: number;
  h: number;
  periodic: boolean;
}

/** The ZZ bonds of a chain of n sites: (0,1), (1,2), …, plus (n−1, 0) when periodic (and n > 2). */
export function bonds(n: number, periodic: boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < n; i++) out.push([i, i + 1]);
  if (periodic && n > 2) out.push([n - 1, 0]);
  return out;
}

/** Born-rule probabilities |amplitude k|². */
export function probabilitiesOf(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  return Float64Array.from(re, (r, k) => r * r + im[k]! * im[k]!);
}

/** Applies a Hadamard to every qubit: measuring afterwards in the Z basis measures every qubit in the X basis. */
export function hadamardAll(re: ArrayLike<number>, im: ArrayLike<number>): { re: Float64Array; im: Float64Array } {
  const a = Float64Array.from(re);
  const b = Float64Array.from(im);
  const s = Math.SQRT1_2;
  for (let step = 1; step < a.length; step <<= 1) {
    for (let base = 0; base < a.length; base += step << 1) {
      for (let i = base; i < base + step; i++) {
        const j = i + step;
        const [ar, ai, br, bi] = [a[i]!, b[i]!, a[j]!, b[j]!];
        a[i] = s * (ar + br);
        b[i] = s * (ai + bi);
        a[j] = s * (ar - br);
        b[j] = s * (ai - bi);
      }
    }
  }
  return { re: a, im: b };
}

/**
 * Draws `shots` measurement outcomes (basis indices) from `probs`. With readoutFlip = q > 0, each reported bit is
 * flipped independently with probability q, as a noisy readout would.
 */
export function sampleOutcomes(probs: ArrayLike<number>, shots: number, rng: Rng, readoutFlip = 0): Uint32Array {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  const n = Math.round(Math.log2(probs.length));
  const out = new Uint32Array(shots);
  for (let s = 0; s < shots; s++) {
    const u = rng() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    if (readoutFlip > 0) for (let q = 0; q < n; q++) if (rng() < readoutFlip) lo ^= 1 << q;
    out[s] = lo;
  }
  return out;
}

/** +1 if qubit q of basis index k is 0, −1 if it is 1: the eigenvalue of Z_q. */
export function zSign(k: number, q: number): number {
  return (k >> q) & 1 ? -1 : 1;
}
