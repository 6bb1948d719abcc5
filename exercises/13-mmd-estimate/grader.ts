/**
 * Grader for exercise 13 (the unbiased MMD² estimate). The kernel is recomputed here from the bits written out as a
 * string, and the estimate as (Σ over all ordered pairs − the m self-pairs, each worth K(x, x) = 1), a different
 * route from skipping i = j. Samples are drawn from fixed seeds here; nothing random reaches the learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32 } from '../../src/lib/exercises/grading/prng';
import { close, fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface MmdModule {
  kernel(x: number, y: number, sigmas: number[]): Promise<unknown>;
  mmdEstimate(xs: number[], ys: number[], sigmas: number[]): Promise<unknown>;
}

const TOL = 1e-10;
const LESSON = [0.5, 1, 2, 4];

const differingBits = (x: number, y: number) => [...(x ^ y).toString(2)].filter((b) => b === '1').length;
const K = (x: number, y: number, sigmas: number[], form: (d: number, s: number) => number = (d, s) => Math.exp(-d / (2 * s))) =>
  sigmas.reduce((acc, s) => acc + form(differingBits(x, y), s), 0) / sigmas.length;

/** Sum of K over all ordered pairs of a and b. */
const pairSum = (a: number[], b: number[], sigmas: number[]) => a.reduce((t, x) => t + b.reduce((u, y) => u + K(x, y, sigmas), 0), 0);

function expected(xs: number[], ys: number[], sigmas: number[]): number {
  const [m, n] = [xs.length, ys.length];
  return (pairSum(xs, xs, sigmas) - m) / (m * (m - 1)) + (pairSum(ys, ys, sigmas) - n) / (n * (n - 1)) - (2 * pairSum(xs, ys, sigmas)) / (m * n);
}
/** The biased V-statistic, for naming that mistake. */
const biased = (xs: number[], ys: number[], s: number[]) => pairSum(xs, xs, s) / xs.length ** 2 + pairSum(ys, ys, s) / ys.length ** 2 - (2 * pairSum(xs, ys, s)) / (xs.length * ys.length);

const list = (a: number[]) => `[${a.join(', ')}]`;

async function estimateCase(m: MmdModule, xs: number[], ys: number[], sigmas: number[], label: string, why: (got: number, want: number) => string = () => '', note = ''): Promise<CheckResult | null> {
  const want = expected(xs, ys, sigmas);
  const got = finiteNumber(await m.mmdEstimate(xs, ys, sigmas), `mmdEstimate(${label})`);
  if (isResult(got)) return got;
  if (!close(got, want, TOL)) return fail(`mmdEstimate(${label}) is off by more than ${TOL}.${note}${why(got, want)}`, show(want, 10), show(got, 10));
  return null;
}

const kernel: Check<MmdModule> = {
  id: 'kernel',
  title: 'The mixture kernel exp(−d/(2σ)), averaged over the bandwidths',
  points: 1,
  async run(m) {
    const cases: [number, number, number[]][] = [[0, 0, LESSON], [0b0011, 0b0101, LESSON], [0b1111111, 0, [0.25, 10]], [6, 6, [3]], [1, 0, [1]], [0b1011, 0b0110, [0.5, 2]], [(1 << 20) - 1, 1 << 19, LESSON]];
    for (const [x, y, sigmas] of cases) {
      const want = K(x, y, sigmas);
      const got = finiteNumber(await m.kernel(x, y, sigmas), `kernel(${x}, ${y}, ${list(sigmas)})`);
      if (isResult(got)) return got;
      if (!close(got, want, TOL)) {
        const d = differingBits(x, y);
        const why = close(got, K(x, y, sigmas, (dd, s) => Math.exp(-dd / (2 * s * s))), 1e-9)
          ? ' Your value uses exp(−d/(2σ²)); the lesson divides by 2σ, with σ itself.'
          : close(got, want * sigmas.length, 1e-9) ? ` Your value is the sum over the bandwidths; divide by their number (${sigmas.length}).` : '';
        return fail(`kernel(${x}, ${y}, ${list(sigmas)}): the two differ in ${d} bit${d === 1 ? '' : 's'}, so K = mean of exp(−${d}/(2σ)).${why}`, show(want, 10), show(got, 10));
      }
    }
    return pass('K(x, x) = 1, and K falls with the number of differing bits as the mean of exp(−d/(2σ)).');
  },
};

const excludesSelfPairs: Check<MmdModule> = {
  id: 'excludes-self-pairs',
  title: 'Pairs of a draw with itself are left out (the estimate can be negative)',
  points: 1,
  requires: ['kernel'],
  async run(m) {
    // Samples with nearly the same images: the unbiased estimate is negative, the biased one positive or 0.
    const cases: [number[], number[]][] = [[[0b0011, 0b0000], [0b0011, 0b0000, 0b0011]], [[0b0000, 0b0011], [0b0000, 0b0011]], [[1, 2, 4], [1, 2, 4]]];
    for (const [xs, ys] of cases) {
      const why = (got: number) =>
        got === 0
          ? ' Your value is 0, which is what you get by including the pairs i = j (their kernel is always 1) or by clipping at 0 (with Math.max, or before a square root). Leave those pairs out, and return a negative estimate as it is.'
          : close(got, biased(xs, ys, LESSON), 1e-9)
            ? ' Your value includes the pairs i = j, whose kernel is always 1 (the biased estimate): leave them out and divide by m(m − 1).'
            : '';
      const r = await estimateCase(m, xs, ys, LESSON, `${list(xs)}, ${list(ys)}`, why, ' The two samples hold nearly the same images, so the unbiased estimate is below 0.');
      if (r) return r;
    }
    return pass('Two samples of (nearly) the same images give a negative estimate: the self-pairs are out, and nothing is clipped.');
  },
};

const unequalSizes: Check<MmdModule> = {
  id: 'unequal-sizes',
  title: 'Samples of different sizes',
  points: 1,
  requires: ['kernel'],
  async run(m) {
    const xs = [0b0011, 0b1100, 0b0011];
    const ys = [0b0101, 0b1010, 0b0000, 0b1111, 0b0101, 0b0110];
    const xs2 = [0, 7, 7, 3, 1, 0, 7, 5];
    const ys2 = [7, 0];
    const why = (a: number[], b: number[]) => () => ` Here m = ${a.length} and n = ${b.length}: divide the sum within xs by m(m − 1) = ${a.length * (a.length - 1)}, the sum within ys by n(n − 1) = ${b.length * (b.length - 1)} and the cross sum by m·n = ${a.length * b.length}.`;
    return (await estimateCase(m, xs, ys, LESSON, `${list(xs)}, ${list(ys)}`, why(xs, ys))) ?? (await estimateCase(m, xs2, ys2, [1, 3], `${list(xs2)}, ${list(ys2)}, [1, 3]`, why(xs2, ys2))) ?? pass('Samples of 3 and 6, and of 8 and 2, are each normalised by their own size.');
  },
};

const squared: Check<MmdModule> = {
  id: 'squared',
  title: 'MMD² itself, not its square root',
  points: 1,
  requires: ['kernel'],
  async run(m) {
    // Blank against full 2×2 images: 2 − 2·K(4) ≈ 1.436, far from its square root ≈ 1.198.
    const xs = [0, 0, 0, 0];
    const ys = [15, 15, 15];
    const why = (got: number, want: number) => (close(got, Math.sqrt(want), 1e-9) ? ' Your value is the square root of the estimate: return MMD² as it is.' : '');
    return (await estimateCase(m, xs, ys, LESSON, `${list(xs)}, ${list(ys)}`, why)) ?? pass('Blank against full images gives 2 − 2K(4) ≈ 1.436, the squared MMD.');
  },
};

const randomSamples: Check<MmdModule> = {
  id: 'random-samples',
  title: 'Random samples, 2 to 16 bits, 2 to 30 draws, repeats included',
  points: 2,
  requires: ['kernel'],
  async run(m) {
    const rng = mulberry32(13);
    const bandwidths = [LESSON, [1], [0.25, 10, 1000], [0.7, 3]];
    for (let t = 0; t < 24; t++) {
      const bits = intIn(rng, 2, 16);
      // A small pool makes repeated draws likely, which is where "skip i = j" and "skip equal values" part ways.
      const pool = Array.from({ length: intIn(rng, 2, 8) }, () => intIn(rng, 0, 2 ** bits - 1));
      const draw = () => Array.from({ length: intIn(rng, 2, 30) }, () => pool[intIn(rng, 0, pool.length - 1)]!);
      const xs = draw();
      const ys = rng() < 0.5 ? draw() : Array.from({ length: intIn(rng, 2, 30) }, () => intIn(rng, 0, 2 ** bits - 1));
      const sigmas = bandwidths[t % bandwidths.length]!;
      const r = await estimateCase(m, xs, ys, sigmas, `random case ${t + 1}: ${xs.length} and ${ys.length} draws of ${bits} bits, σ = ${list(sigmas)}`);
      if (r) return r;
    }
    return pass('24 random pairs of samples agree with the unbiased estimate to 1e-10.');
  },
};

export const grader: Grader<MmdModule> = { exerciseId: '13-mmd-estimate', checks: [kernel, excludesSelfPairs, unequalSizes, squared, randomSamples] };
