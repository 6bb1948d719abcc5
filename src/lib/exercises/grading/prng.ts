/**
 * The graders' seeded PRNG (mulberry32, shared with the sandbox that builds a check's generator beside learner code)
 * and random states; separate from the site's engine so the graders depend on nothing they might be checking.
 */
export { mulberry32, type Rng } from '../sandbox/mulberry32';
import type { Rng } from '../sandbox/mulberry32';

/** A number drawn uniformly from [min, max). */
export const uniformIn = (rng: Rng, min: number, max: number) => min + (max - min) * rng();
/** An integer drawn uniformly from min to max, both included. */
export const intIn = (rng: Rng, min: number, max: number) => min + Math.floor((max - min + 1) * rng());

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
