/**
 * The graders' own seeded PRNG (mulberry32), separate from the site's engine so the graders depend on nothing
 * they might be checking.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random normalised state of n qubits as separate real and imaginary arrays. */
export function randomAmplitudes(n: number, rng: Rng): { re: Float64Array; im: Float64Array } {
  const dim = 1 << n;
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  let s = 0;
  for (let i = 0; i < dim; i++) {
    // Box-Muller gives Haar-like states; uniform noise would be fine too, but this spreads probabilities better.
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const t = 2 * Math.PI * rng();
    re[i] = r * Math.cos(t);
    im[i] = r * Math.sin(t);
    s += re[i]! ** 2 + im[i]! ** 2;
  }
  const k = 1 / Math.sqrt(s);
  for (let i = 0; i < dim; i++) {
    re[i]! *= k;
    im[i]! *= k;
  }
  return { re, im };
}

export const fmt = (x: number, digits = 6) => (Number.isFinite(x) ? Number(x.toPrecision(digits)).toString() : String(x));
export const fmtList = (xs: ArrayLike<number>, digits = 4, max = 8) =>
  `[${Array.from(xs).slice(0, max).map((x) => fmt(x, digits)).join(', ')}${xs.length > max ? ', …' : ''}]`;
