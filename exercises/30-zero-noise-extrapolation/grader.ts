/**
 * Grader for exercise 30 (zero-noise extrapolation). The expected intercept solves the 2×2 normal equations by
 * Cramer's rule on raw sums, a different route from the centred formulas a learner usually writes. Noisy data are
 * drawn here from fixed seeds and the check compares with the exact fit of those same numbers, so it is deterministic
 * (no false failures).
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

export interface ZneModule {
  zeroNoiseEstimate(scales: number[], values: number[]): Promise<unknown>;
}
interface Case { scales: number[]; values: number[]; label: string }

const TOL = 1e-9;

function intercept(xs: number[], ys: number[]): number {
  const n = xs.length;
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
    sxx += xs[i]! * xs[i]!;
    sxy += xs[i]! * ys[i]!;
  }
  return (sy * sxx - sx * sxy) / (n * sxx - sx * sx);
}

async function compare(m: ZneModule, cases: Case[], hint: string): Promise<CheckResult | null> {
  for (const { scales, values, label } of cases) {
    const got = finiteNumber(await m.zeroNoiseEstimate(scales.slice(), values.slice()), 'zeroNoiseEstimate');
    if (isResult(got)) return got;
    const want = intercept(scales, values);
    if (!(Math.abs(got - want) <= TOL * Math.max(1, Math.abs(want)))) {
      return fail(`${label}: scales ${show(scales)}, values ${show(values)}. ${hint}`, show(want, 10), show(got, 10));
    }
  }
  return null;
}

const line = (a: number, b: number, scales: number[]) => scales.map((x) => a + b * x);
/** Global depolarizing λ per layer on the 4-site chain: E(s) = (1 − λ)^s · E₀, curved in s. */
const depolarized = (scales: number[], lambda = 0.05) => scales.map((s) => (1 - lambda) ** s * -4.7587704831);

const exactLine: Check<ZneModule> = {
  id: 'exact-line',
  title: 'On an exact straight line, the value at scale 0',
  points: 1,
  async run(m) {
    const cases = [
      { scales: [1, 2, 3], values: line(0.8, -0.1, [1, 2, 3]), label: 'Points on y = 0.8 − 0.1x' },
      { scales: [1, 1.5, 2, 3], values: line(-3, 0.5, [1, 1.5, 2, 3]), label: 'Points on y = −3 + 0.5x' },
    ];
    return (await compare(m, cases, 'Zero-noise extrapolation reads the line at scale 0 (no noise), not at scale 1 (the circuit as it ran): on y = 0.8 − 0.1x that is 0.8.'))
      ?? pass('On y = 0.8 − 0.1x the estimate is 0.8.');
  },
};

const twoPoints: Check<ZneModule> = {
  id: 'two-points',
  title: 'Two points: the line through both',
  points: 1,
  async run(m) {
    const s = [1, 2];
    return (await compare(m, [{ scales: s, values: depolarized(s), label: 'The depolarized chain at scales 1 and 2' }], 'With two points the least-squares line passes through both: 2·y(1) − y(2).'))
      ?? pass('Scales 1 and 2 give −4.7469, as the fact sheet\'s toy check says.');
  },
};

const leastSquares: Check<ZneModule> = {
  id: 'least-squares',
  title: 'Curved data: the least-squares line through all points, in any order',
  points: 2,
  async run(m) {
    const cases = [
      { scales: [1, 2, 3], values: depolarized([1, 2, 3]), label: 'The depolarized chain at scales 1, 2, 3' },
      { scales: [3, 1, 2], values: depolarized([3, 1, 2]), label: 'The same data listed out of order' },
      { scales: [2.5, 1, 4, 1.5, 3], values: depolarized([2.5, 1, 4, 1.5, 3], 0.1), label: 'Five scales, λ = 0.1' },
    ];
    return (await compare(m, cases, 'Fit the values (y) against the scales (x) using every point: slope = Σ(x − x̄)(y − ȳ)/Σ(x − x̄)², intercept = ȳ − slope·x̄. At scales 1, 2, 3 the answer is −4.7393.'))
      ?? pass('Scales 1, 2, 3 extrapolate to −4.7393 (exact −4.7588, raw −4.5208).');
  },
};

function noisyCases(): Case[] {
  const rng: Rng = mulberry32(3030);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const designs = [[1, 2, 3], [1, 1, 2, 2, 3, 3], [1, 3, 5], [1, 1.5, 2, 2.5, 3], [3, 1, 2, 1.25, 4, 5, 1.75, 2.5, 6, 8]];
  const cases: Case[] = [];
  for (let k = 0; k < 15; k++) {
    const scales = designs[k % designs.length]!;
    const a = uniformIn(rng, -5, 5);
    const b = uniformIn(rng, -0.5, 0.5);
    cases.push({ scales, values: scales.map((x) => a + b * x + 0.05 * gauss()), label: `Noisy data set ${k + 1}` });
  }
  return cases;
}

const noisyData: Check<ZneModule> = {
  id: 'noisy-data',
  title: 'Fixed-seed noisy data, repeated scales included',
  points: 2,
  requires: ['exact-line'],
  async run(m) {
    return (await compare(m, noisyCases(), 'Fit the values against the scales (y on x, vertical distances): the scales are exact and the values carry the shot noise. Fitting x on y and solving for y gives a different line once the data are noisy.'))
      ?? pass('15 noisy data sets match the least-squares intercept.');
  },
};

const noSideEffects: Check<ZneModule> = {
  id: 'no-side-effects',
  title: 'The input arrays are left unchanged',
  points: 1,
  requires: ['least-squares'],
  async run(m) {
    const scales = [3, 1, 2.5, 1.5];
    const values = depolarized(scales);
    const r = await remote(m.zeroNoiseEstimate).withArgs(scales.slice(), values.slice());
    if (!sameNumbers(r.args[0], scales) || !sameNumbers(r.args[1], values)) {
      return fail('zeroNoiseEstimate changed (for instance sorted) the arrays it was given; the caller still needs them in their order. Work on copies.', `scales ${show(scales)}, values ${show(values)}`, `scales ${show(r.args[0])}, values ${show(r.args[1])}`);
    }
    return pass('Both arrays are untouched.');
  },
};

export const grader: Grader<ZneModule> = { exerciseId: '30-zero-noise-extrapolation', checks: [exactLine, twoPoints, leastSquares, noisyData, noSideEffects] };
