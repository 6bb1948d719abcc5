/**
 * Grader for exercise 21 (the shot noise of a parameter-shift gradient). The expected standard error is built from
 * the outcome distribution of each shifted circuit (a ±1 shot with P(+1) = (1 + m)/2, its variance summed over both
 * outcomes), then Var(½(X̄₊ − X̄₋)) = ¼(Var₊/N + Var₋/N). The expected shot counts use exact rational arithmetic
 * (BigInt) on means a/1000 and targets b/10000, as in exercise 20. Sweeps use fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32 } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface GradientNoiseModule {
  gradientStdError(mPlus: number, mMinus: number, shots: number): Promise<unknown>;
  shotsForGradientError(mPlus: number, mMinus: number, target: number): Promise<unknown>;
}

const REL = 1e-9;

function oneShotVariance(m: number): number {
  const p = (1 + m) / 2;
  return p * (1 - m) ** 2 + (1 - p) * (-1 - m) ** 2;
}
const expectedError = (mp: number, mm: number, n: number) => Math.sqrt(0.25 * (oneShotVariance(mp) / n + oneShotVariance(mm) / n));

/** [m₊, m₋, N] */
async function compareError(m: GradientNoiseModule, cases: [number, number, number][], why: string): Promise<CheckResult | null> {
  for (const [mp, mm, n] of cases) {
    const want = expectedError(mp, mm, n);
    const got = finiteNumber(await m.gradientStdError(mp, mm, n), 'gradientStdError');
    if (isResult(got)) return got;
    const ok = want === 0 ? Math.abs(got) <= 1e-15 : Math.abs(got - want) <= REL * want;
    if (!ok) return fail(`For m₊ = ${mp}, m₋ = ${mm} and N = ${n} shots per circuit: the standard error of ĝ is wrong. ${why}`, show(want, 10), show(got, 10));
  }
  return null;
}

/** [a, c, b]: m₊ = a/1000, m₋ = c/1000, target = b/10000. */
type ShotCase = [number, number, number];
function exactShots([a, c, b]: ShotCase): { n: number; boundary: boolean } {
  const num = (2_000_000n - BigInt(a) * BigInt(a) - BigInt(c) * BigInt(c)) * 100_000_000n;
  const den = 4n * BigInt(b) * BigInt(b) * 1_000_000n;
  const q = num / den;
  const r = num % den;
  // Whole quotients, and those a hair above one (relative 1e-7), are the boundary check's business.
  const boundary = r === 0n || (num > 0n && Number((r * 10_000_000n) / num) < 1);
  return { n: Math.max(1, Number(r === 0n ? q : q + 1n)), boundary };
}

async function compareShots(m: GradientNoiseModule, cases: ShotCase[], why: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const [mp, mm, t] = [c[0] / 1000, c[1] / 1000, c[2] / 10000];
    const want = exactShots(c).n;
    const got = finiteNumber(await m.shotsForGradientError(mp, mm, t), 'shotsForGradientError');
    if (isResult(got)) return got;
    if (got !== want) {
      const q = (2 - mp * mp - mm * mm) / (4 * t * t);
      return fail(`For m₊ = ${mp}, m₋ = ${mm} and target ${t}: (2 − m₊² − m₋²)/(4·target²) = ${show(q, 10)}. ${why}`, `${want} shots per circuit`, show(got, 12));
    }
  }
  return null;
}

const halfFactor: Check<GradientNoiseModule> = {
  id: 'half-factor',
  title: 'The ½ of the shift rule: ¼ on the variance',
  points: 1,
  async run(m) {
    // One circuit certain (no variance), the other at ⟨Z⟩ = 0: only the factor in front is tested here.
    return (await compareError(m, [[1, 0, 100], [0, -1, 10_000], [1, 0, 1]], 'One shifted circuit is certain (m = ±1, no noise) and the other has variance 1, so D = Ê₊ − Ê₋ has variance 1/N. ĝ is ½·D, and Var(½·D) = ¼·Var(D): the error is ½·√(1/N).'))
      ?? pass('m₊ = 1, m₋ = 0 with 100 shots each: ½·√(1/100) = 0.05.');
  },
};

function errorSweep(seed: number, count: number): [number, number, number][] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => [intIn(rng, -999, 999) / 1000, intIn(rng, -999, 999) / 1000, intIn(rng, 1, 1_000_000)]);
}

const variancesAdd: Check<GradientNoiseModule> = {
  id: 'variances-add',
  title: 'Independent variances add, with different means on the two circuits',
  points: 2,
  async run(m) {
    return (await compareError(m, [[0.9, -0.3, 1000], [0.5, 0.5, 400], [-0.99, 0.1, 2000], ...errorSweep(23, 40)], 'The two averages are independent, so their variances add: Var(ĝ) = ¼·[(1 − m₊²)/N + (1 − m₋²)/N]. Standard errors do not add; take the square root at the end.'))
      ?? pass('SE = ½·√((1 − m₊²)/N + (1 − m₋²)/N) on 43 cases.');
  },
};

const certainTerms: Check<GradientNoiseModule> = {
  id: 'certain-terms',
  title: 'Certain outcomes carry no shot noise',
  points: 1,
  async run(m) {
    return (await compareError(m, [[1, -1, 50], [1, 1, 1], [-1, -1, 1000]], 'A circuit whose ⟨Z⟩ is ±1 gives the same outcome every shot and adds no variance; with both certain the error is 0.'))
      ?? pass('With both shifted circuits certain the gradient estimate has no shot noise at all.');
  },
};

function shotSweep(seed: number, count: number): ShotCase[] {
  const rng = mulberry32(seed);
  const out: ShotCase[] = [];
  while (out.length < count) {
    const c: ShotCase = [intIn(rng, -999, 999), intIn(rng, -999, 999), intIn(rng, 5, 5000)];
    if (!exactShots(c).boundary) out.push(c);
  }
  return out;
}

const shotsForTarget: Check<GradientNoiseModule> = {
  id: 'shots-for-target',
  title: 'Shots per circuit for a target gradient error',
  points: 2,
  async run(m) {
    return (await compareShots(m, [[0, 0, 30], [900, -300, 70], [500, 200, 110], ...shotSweep(29, 50)], 'Solve ½·√((2 − m₊² − m₋²)/N) ≤ target for the shots N on each circuit: N = ⌈(2 − m₊² − m₋²)/(4·target²)⌉ (the ½ squared gives the 4), not the total of both circuits.'))
      ?? pass('N = ⌈(2 − m₊² − m₋²)/(4·target²)⌉ per circuit; a gradient error of 0.003 at m± = 0 needs 55,556 shots on each.');
  },
};

const shotsBoundary: Check<GradientNoiseModule> = {
  id: 'shots-boundary',
  title: 'Whole-number boundaries and certain outcomes',
  points: 1,
  async run(m) {
    // Whole numbers in exact arithmetic; in doubles several quotients come out a hair above them.
    const cases: ShotCase[] = [[0, 0, 100], [360, 360, 320], [600, -940, 10], [840, -880, 10], [0, -80, 40], [1000, -1000, 100], [1000, 1000, 5000]];
    return (await compareShots(m, cases, 'This quotient is exactly a whole number (or 0, when both outcomes are certain: then 1 shot). Floating point can put it a hair above: allow a relative 1e-9 before rounding up, and never return fewer than 1.'))
      ?? pass('m± = 0 and target 0.01 need exactly 5,000 shots per circuit; m± = 0.36 and 0.032 exactly 425.');
  },
};

export const grader: Grader<GradientNoiseModule> = { exerciseId: '21-gradient-shot-noise', checks: [halfFactor, variancesAdd, certainTerms, shotsForTarget, shotsBoundary] };
