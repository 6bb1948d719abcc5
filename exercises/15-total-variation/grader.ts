/**
 * Grader for exercise 15 (empirical distribution and total-variation distance). Expected distances are computed here
 * as 1 − Σ min(p, q), the overlap form that holds for distributions summing to 1, a different route from the
 * learner's ½ Σ |p − q| over the union of outcomes. Samples and distributions come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { bits, close, fail, finiteNumber, isResult, pass, remote, show } from '../../src/lib/exercises/grading/check-kit';

type Distribution = Record<string, number>;
export interface TvModule {
  empirical(samples: string[]): Promise<unknown>;
  totalVariation(p: Distribution, q: Distribution): Promise<unknown>;
}

const TOL = 1e-12;

function expectedTv(p: Distribution, q: Distribution): number {
  let overlap = 0;
  for (const x of Object.keys(p)) if (x in q) overlap += Math.min(p[x]!, q[x]!);
  return Math.max(0, 1 - overlap);
}
const showDist = (d: unknown) => (typeof d === 'object' && d !== null && !Array.isArray(d) ? `{ ${Object.entries(d).slice(0, 8).map(([k, v]) => `${k}: ${show(v, 4)}`).join(', ')}${Object.keys(d).length > 8 ? ', …' : ''} }` : show(d));

async function tvCase(m: TvModule, p: Distribution, q: Distribution, label: string, why: (got: number, want: number) => string = () => ''): Promise<CheckResult | null> {
  const want = expectedTv(p, q);
  const got = finiteNumber(await m.totalVariation(p, q), `totalVariation(${label})`);
  if (isResult(got)) return got;
  if (!close(got, want, TOL)) return fail(`totalVariation(${label}) is off by more than ${TOL}.${why(got, want)}`, show(want, 10), show(got, 10));
  return null;
}

const halved = (got: number, want: number) => (close(got, 2 * want, 1e-9) && want > 0 ? ' Your value is twice the answer: the distance is half the sum of |p − q|.' : '');

const empiricalCheck: Check<TvModule> = {
  id: 'empirical',
  title: 'The empirical distribution: fractions of the samples',
  points: 1,
  async run(m) {
    const cases = [['0011', '0011', '1100', '0000'], ['101'], ['1', '0', '1', '1', '1', '0', '1', '1', '1', '1']];
    for (const samples of cases) {
      const want: Distribution = {};
      for (const s of new Set(samples)) want[s] = samples.filter((x) => x === s).length / samples.length;
      const got = await m.empirical(samples);
      const label = `empirical(${JSON.stringify(samples)})`;
      if (typeof got !== 'object' || got === null || Array.isArray(got)) return fail(`${label} should return a plain object from bitstring to probability.`, showDist(want), show(got));
      const g = got as Record<string, unknown>;
      const keys = Object.keys(g).sort();
      if (keys.join() !== Object.keys(want).sort().join()) return fail(`${label}: the keys should be exactly the bitstrings that occur.`, Object.keys(want).sort().join(', '), keys.join(', ') || 'no keys');
      for (const k of keys) {
        if (typeof g[k] !== 'number' || !close(g[k] as number, want[k]!, TOL)) {
          const counted = typeof g[k] === 'number' && g[k] === want[k]! * samples.length && samples.length > 1;
          return fail(`${label}: "${k}" occurs in ${want[k]! * samples.length} of ${samples.length} samples.${counted ? ' Your value is the count: divide by the number of samples.' : ''}`, showDist(want), showDist(got));
        }
      }
    }
    return pass('Four samples with "0011" twice give { 0011: 0.5, 1100: 0.25, 0000: 0.25 }.');
  },
};

const half: Check<TvModule> = {
  id: 'half',
  title: 'Half the sum: the distance runs from 0 to 1',
  points: 1,
  async run(m) {
    return (
      (await tvCase(m, { 0: 1, 1: 0 }, { 0: 0, 1: 1 }, '{ 0: 1, 1: 0 }, { 0: 0, 1: 1 }', halved)) ??
      (await tvCase(m, { 0: 0.5, 1: 0.5 }, { 0: 0.9, 1: 0.1 }, '{ 0: 0.5, 1: 0.5 }, { 0: 0.9, 1: 0.1 }', halved)) ??
      (await tvCase(m, { 10: 0.3, 11: 0.7 }, { 10: 0.3, 11: 0.7 }, '{ 10: 0.3, 11: 0.7 } with itself', halved)) ??
      pass('Opposite certainties are at distance 1; a fair coin and a 90/10 coin at 0.4.')
    );
  },
};

const unionOfOutcomes: Check<TvModule> = {
  id: 'union-of-outcomes',
  title: 'Outcomes that only one of the two contains count too',
  points: 1,
  async run(m) {
    const model: Distribution = { '0011': 0.5, '1100': 0.5 };
    const data: Distribution = { '0011': 0.25, '1100': 0.25, '0101': 0.25, '1010': 0.25 };
    const why = (p: Distribution, q: Distribution) => (got: number) => {
      const onlyP = Object.keys(p).reduce((s, x) => s + Math.abs(p[x]! - (q[x] ?? 0)), 0) / 2;
      return close(got, onlyP, 1e-9) ? ' Your value sums over the keys of p only; an outcome that only q has (here p = 0 there) adds q(x). Sum over the union of both key sets.' : '';
    };
    return (
      (await tvCase(m, model, data, 'p = { 0011: 0.5, 1100: 0.5 }, q = the four 2 × 2 stripes and bars at 0.25', why(model, data))) ??
      (await tvCase(m, data, model, 'the same two the other way round', why(data, model))) ??
      (await tvCase(m, { '000': 1 }, { '111': 1 }, '{ 000: 1 }, { 111: 1 }', why({ '000': 1 }, { '111': 1 }))) ??
      pass('A model covering half the data\'s outcomes is at distance 0.5 from it, whichever comes first.')
    );
  },
};

/** A random distribution over some n-bit strings, sometimes with explicit zero entries. */
function randomDistribution(rng: Rng, n: number): Distribution {
  const out: Distribution = {};
  let total = 0;
  const size = intIn(rng, 1, Math.min(2 ** n, 12));
  for (let t = 0; t < size; t++) {
    const key = bits(intIn(rng, 0, 2 ** n - 1), n);
    const w = rng() < 0.15 ? 0 : rng() + 0.01;
    out[key] = (out[key] ?? 0) + w;
    total += w;
  }
  if (total === 0) {
    out[bits(0, n)] = 1;
    total = 1;
  }
  for (const k of Object.keys(out)) out[k]! /= total;
  return out;
}

const randomCases: Check<TvModule> = {
  id: 'random-distributions',
  title: 'Random distributions, and samples against a target',
  points: 2,
  requires: ['empirical'],
  async run(m) {
    const rng = mulberry32(15);
    for (let t = 0; t < 25; t++) {
      const n = intIn(rng, 1, 8);
      const p = randomDistribution(rng, n);
      const q = randomDistribution(rng, n);
      const r = await tvCase(m, p, q, `random case ${t + 1}: p = ${showDist(p)}, q = ${showDist(q)}`);
      if (r) return r;
    }
    // End to end, as in the lesson: 200 shots of a model that is right 80 % of the time, against the 2×2 target.
    const valid = ['0000', '0011', '0101', '1010', '1100', '1111'];
    const target = Object.fromEntries(valid.map((v) => [v, 1 / 6]));
    const shots = Array.from({ length: 200 }, () => (rng() < 0.8 ? valid[intIn(rng, 0, 5)]! : bits(intIn(rng, 0, 15), 4)));
    const want: Distribution = {};
    for (const s of shots) want[s] = (want[s] ?? 0) + 1 / 200;
    const emp = await m.empirical(shots);
    if (typeof emp !== 'object' || emp === null) return fail('empirical of 200 shots should return an object.', 'an object', show(emp));
    const got = finiteNumber(await m.totalVariation(emp as Distribution, target), 'totalVariation(empirical(200 shots), the 2×2 bars-and-stripes target)');
    if (isResult(got)) return got;
    const expectedValue = expectedTv(want, target);
    if (!close(got, expectedValue, 1e-9)) return fail('totalVariation(empirical(200 shots), the 2×2 bars-and-stripes target) is off.', show(expectedValue, 10), show(got, 10));
    return pass(`25 random pairs match 1 − Σ min(p, q); 200 shots of an 80 %-valid model are at distance ${show(expectedValue, 3)} from the target.`);
  },
};

/** Same keys with the same values (Object.is), so an added zero key counts as a change. */
function sameDistribution(a: unknown, b: Distribution): boolean {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as Record<string, unknown>;
  return Object.keys(x).length === Object.keys(b).length && Object.keys(b).every((k) => Object.is(x[k], b[k]));
}

const noSideEffects: Check<TvModule> = {
  id: 'no-side-effects',
  title: 'samples, p and q are left unchanged',
  points: 1,
  requires: ['half', 'union-of-outcomes'],
  async run(m) {
    const p: Distribution = { '01': 0.5, '10': 0.5 };
    const q: Distribution = { '10': 0.25, '11': 0.75 };
    const r = await remote(m.totalVariation).withArgs({ ...p }, { ...q });
    if (!sameDistribution(r.args[0], p) || !sameDistribution(r.args[1], q)) {
      return fail('totalVariation changed the objects it was given (added the missing keys?). Read a missing key as 0 with p[x] ?? 0 instead of writing it in.', `${showDist(p)} and ${showDist(q)}`, `${showDist(r.args[0])} and ${showDist(r.args[1])}`);
    }
    const samples = ['11', '00', '10', '00'];
    const e = await remote(m.empirical).withArgs([...samples]);
    const after = e.args[0];
    if (!Array.isArray(after) || after.join() !== samples.join()) {
      return fail('empirical changed the list of samples it was given (sorted it in place?). Count from the list as it is, or sort a copy.', JSON.stringify(samples), show(after));
    }
    return pass('The inputs are untouched.');
  },
};

export const grader: Grader<TvModule> = { exerciseId: '15-total-variation', checks: [empiricalCheck, half, unionOfOutcomes, randomCases, noSideEffects] };
