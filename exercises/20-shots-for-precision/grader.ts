/**
 * Grader for exercise 20 (shots for a given precision). Every case is mean = a/1000 and eps = b/10000 for whole a and
 * b, so the expected answer is computed exactly in rational arithmetic with BigInt, N = ⌈(10⁶ − a²)·10⁸ / (b²·10⁶)⌉,
 * with no floating point at all; the learner gets the two decimals as numbers. Sweeps skip the few cases whose exact
 * quotient is a whole number (the boundary check has those) or lies just above one (within a relative 1e-7), where
 * the README's 1e-9 slack and a float quotient could disagree honestly.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32 } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface ShotsModule {
  shotsForPrecision(mean: number, eps: number): Promise<unknown>;
}

/** [a, b]: mean = a/1000, eps = b/10000. */
type Case = [number, number];

function exact([a, b]: Case): { n: number; whole: boolean; nearlyWhole: boolean } {
  const num = (1_000_000n - BigInt(a) * BigInt(a)) * 100_000_000n;
  const den = BigInt(b) * BigInt(b) * 1_000_000n;
  const q = num / den;
  const r = num % den;
  const n = Number(r === 0n ? q : q + 1n);
  // The excess over the whole number below, relative to the quotient: tiny excesses are left out of sweeps.
  const nearlyWhole = r !== 0n && num > 0n && Number((r * 10_000_000n) / num) < 1;
  return { n: Math.max(1, n), whole: r === 0n, nearlyWhole };
}

const one = (a: number, b: number) => (1 - (a / 1000) ** 2) / (b / 10000) ** 2;

const shots = (n: number) => `${n} shot${n === 1 ? '' : 's'}`;

/** Names the mistake a wrong answer matches, when it matches one of the usual ones, so the message points at it. */
function diagnose([a, b]: Case, got: number, want: number): string | null {
  const [mean, eps] = [a / 1000, b / 10000];
  const v = 1 - mean * mean;
  if (got < want && got === Math.floor(v / (eps * eps))) return 'That is the quotient rounded down, which leaves the standard error just above eps: round up.';
  if (mean !== 0 && got === Math.ceil(1 / (eps * eps) - 1e-9 / (eps * eps))) return 'That is ⌈1/eps²⌉, right only at ⟨Z⟩ = 0: a shot with mean m has variance 1 − m².';
  if (v > 0 && v < 1 && got === Math.ceil(Math.sqrt(v) / (eps * eps) * (1 - 1e-9))) return 'That uses √(1 − m²), the standard deviation, where the variance 1 − m² belongs.';
  if (got === Math.max(1, Math.ceil((v / eps) * (1 - 1e-9)))) return 'That divides by eps, not eps²: the error falls only as 1/√N, so N grows as 1/eps².';
  if (got === 0 && want === 1) return 'Zero shots measure nothing: the answer is at least 1.';
  return null;
}

async function compare(m: ShotsModule, cases: Case[], why: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const [a, b] = c;
    const want = exact(c).n;
    const got = finiteNumber(await m.shotsForPrecision(a / 1000, b / 10000), `shotsForPrecision(${a / 1000}, ${b / 10000})`);
    if (isResult(got)) return got;
    if (got !== want) {
      return fail(
        `For ⟨Z⟩ = ${a / 1000} and eps = ${b / 10000}: (1 − m²)/eps² = ${show(one(a, b), 10)}. ${diagnose(c, got, want) ?? why}`,
        shots(want), show(got, 12),
      );
    }
  }
  return null;
}

function sweep(seed: number, count: number, zeroMean = false): Case[] {
  const rng = mulberry32(seed);
  const out: Case[] = [];
  while (out.length < count) {
    const c: Case = [zeroMean ? 0 : intIn(rng, -999, 999), intIn(rng, 1, 5000)];
    const e = exact(c);
    // Whole-number quotients belong to the boundary check, so that each check tests one thing.
    if ((c[0] !== 0 || zeroMean) && !e.whole && !e.nearlyWhole) out.push(c);
  }
  return out;
}

const zeroMean: Check<ShotsModule> = {
  id: 'zero-mean',
  title: '⟨Z⟩ = 0: N = ⌈1/ε²⌉',
  points: 1,
  async run(m) {
    return (await compare(m, [[0, 300], [0, 700], [0, 30], [0, 4500], ...sweep(2, 20, true)], 'At ⟨Z⟩ = 0 one shot has variance 1 and the standard error is 1/√N, so N = ⌈1/eps²⌉: halving eps takes four times the shots.'))
      ?? pass('At ⟨Z⟩ = 0, eps = 0.03 needs ⌈1111.1⌉ = 1112 shots.');
  },
};

const roundsUp: Check<ShotsModule> = {
  id: 'rounds-up',
  title: 'A fractional quotient is rounded up',
  points: 1,
  async run(m) {
    return (await compare(m, [[500, 700], [-300, 1300], [900, 260], [0, 2100]], 'N must be the smallest whole number with the standard error at most eps; rounding the quotient down leaves the error just above eps.'))
      ?? pass('⟨Z⟩ = 0.5, eps = 0.07: 0.75/0.0049 = 153.06, so 154 shots.');
  },
};

const fromMean: Check<ShotsModule> = {
  id: 'variance-from-mean',
  title: 'The variance is 1 − ⟨Z⟩², over many means and targets',
  points: 2,
  async run(m) {
    return (await compare(m, [[600, 300], [-800, 110], [990, 45], ...sweep(17, 60)], 'A ±1 outcome with mean m has variance E[x²] − m² = 1 − m² (not √(1 − m²), and not 1 unless m = 0), so N = ⌈(1 − m²)/eps²⌉.'))
      ?? pass('N = ⌈(1 − m²)/ε²⌉ for 63 means and targets; a mean near ±1 needs far fewer shots.');
  },
};

const boundary: Check<ShotsModule> = {
  id: 'whole-number-boundary',
  title: 'An exact whole-number quotient is not rounded up by floating point',
  points: 1,
  async run(m) {
    // Each of these quotients is a whole number in exact arithmetic; in doubles several come out a hair above it.
    const cases: Case[] = [[0, 100], [600, 200], [0, 1000], [120, 160], [210, 220], [-80, 80], [20, 10], [800, 300]];
    return (await compare(m, cases, 'This quotient is exactly a whole number, so that many shots reach eps exactly. In floating point it may come out a hair above (…0000002): allow a relative 1e-9 before rounding up.'))
      ?? pass('⟨Z⟩ = 0, eps = 0.01 needs 10,000 shots; ⟨Z⟩ = 0.12, eps = 0.016 needs exactly 3,850.');
  },
};

const certain: Check<ShotsModule> = {
  id: 'certain-outcome',
  title: 'A certain outcome needs one shot',
  points: 1,
  async run(m) {
    return (await compare(m, [[1000, 100], [-1000, 10], [1000, 5000], [-1000, 1]], 'At ⟨Z⟩ = ±1 every shot gives the same value, so the variance is 0 and the error is 0 after one shot; 0 shots measure nothing.'))
      ?? pass('⟨Z⟩ = ±1: one shot, whatever eps.');
  },
};

export const grader: Grader<ShotsModule> = { exerciseId: '20-shots-for-precision', checks: [zeroMean, roundsUp, fromMean, boundary, certain] };
