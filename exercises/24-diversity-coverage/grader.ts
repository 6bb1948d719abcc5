/**
 * Grader for exercise 24 (diversity and coverage). Expected values are counted with a plain object used as a tally
 * and a linear search per target string, not with a Set. Target sets are bars-and-stripes images built here
 * (pixel (r, c) is bit r·cols + c, qubit 0 the rightmost character); samples mix target images, duplicates and
 * off-target strings, drawn from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, remote, show } from '../../src/lib/exercises/grading/check-kit';

interface Diversity { distinct: number; diversity: number; coverage: number }
export interface DiversityModule {
  diversity(samples: string[], target: string[]): Promise<unknown>;
}

const TOL = 1e-12;

function expected(samples: string[], target: string[]): Diversity {
  const tally: Record<string, number> = Object.create(null);
  let distinct = 0;
  for (const s of samples) {
    if (!(s in tally)) distinct++;
    tally[s] = (tally[s] ?? 0) + 1;
  }
  let covered = 0;
  for (const t of target) if (samples.some((s) => s === t)) covered++;
  return { distinct, diversity: samples.length ? distinct / samples.length : 0, coverage: covered / target.length };
}

/** Bars-and-stripes images of rows × cols as bitstrings, qubit 0 (pixel (0, 0)) rightmost. */
function basStrings(rows: number, cols: number): string[] {
  const out = new Set<string>();
  const toString = (pixel: (r: number, c: number) => boolean) => {
    let s = '';
    for (let q = rows * cols - 1; q >= 0; q--) s += pixel(Math.floor(q / cols), q % cols) ? '1' : '0';
    return s;
  };
  for (let m = 0; m < 1 << rows; m++) out.add(toString((r) => ((m >> r) & 1) === 1));
  for (let m = 0; m < 1 << cols; m++) out.add(toString((_r, c) => ((m >> c) & 1) === 1));
  return [...out];
}

const randomBits = (rng: Rng, len: number) => Array.from({ length: len }, () => (rng() < 0.5 ? '0' : '1')).join('');

/** N samples: mostly target images (a few of them favoured, so duplicates pile up), some random strings. */
function sampleSet(seed: number, target: string[], n: number, offTarget = 0.3): string[] {
  const rng = mulberry32(seed);
  const len = target[0]!.length;
  const favoured = target.slice(0, Math.max(1, Math.floor(target.length / 2)));
  return Array.from({ length: n }, () => (rng() < offTarget ? randomBits(rng, len) : favoured[Math.floor(rng() * favoured.length)]!));
}

type Field = keyof Diversity;
function read(v: unknown): Diversity | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('diversity should return an object { distinct, diversity, coverage }.', '{ distinct, diversity, coverage }', show(v));
  const out: Partial<Diversity> = {};
  for (const k of ['distinct', 'diversity', 'coverage'] as const) {
    const x = finiteNumber((v as Record<string, unknown>)[k], `The returned ${k}`);
    if (isResult(x)) return x;
    out[k] = x;
  }
  return out as Diversity;
}

const describe = (xs: string[]) => (xs.length === 0 ? 'none' : xs.length <= 8 ? `[${xs.map((x) => `"${x}"`).join(', ')}]` : `${xs.length} strings`);

async function compare(m: DiversityModule, cases: [string[], string[]][], field: Field, why: string): Promise<CheckResult | null> {
  for (const [samples, target] of cases) {
    const want = expected(samples, target);
    const got = read(await m.diversity([...samples], [...target]));
    if (isResult(got)) return fail(`Samples ${describe(samples)}, target ${describe(target)}: ${got.message} ${why}`, got.expected, got.actual);
    const ok = field === 'distinct' ? got.distinct === want.distinct : Math.abs(got[field] - want[field]) <= TOL;
    if (!ok) return fail(`Samples ${describe(samples)}, target ${describe(target)}: ${field} is wrong. ${why}`, show(want[field], 10), show(got[field], 10));
  }
  return null;
}

const BAS3 = basStrings(3, 3);
const BAS2 = basStrings(2, 2);
const SWEEP: [string[], string[]][] = [
  [sampleSet(1, BAS3, 20), BAS3],
  [sampleSet(2, BAS3, 200), BAS3],
  [sampleSet(3, BAS2, 10, 0.5), BAS2],
  [sampleSet(4, BAS3, 5, 0), BAS3],
];

const distinctCount: Check<DiversityModule> = {
  id: 'distinct-count',
  title: 'Distinct samples are counted once each',
  points: 1,
  async run(m) {
    return (await compare(m, [[['01', '01', '10'], ['00', '01']], [['111', '111', '111', '111'], ['111']], ...SWEEP], 'distinct', 'distinct counts different strings: a string drawn five times counts once.'))
      ?? pass('Repeated samples count once: ["01", "01", "10"] has 2 distinct strings.');
  },
};

const diversityFraction: Check<DiversityModule> = {
  id: 'diversity-fraction',
  title: 'Diversity = distinct / number of samples',
  points: 1,
  requires: ['distinct-count'],
  async run(m) {
    return (await compare(m, [[['01', '01', '10', '10', '11'], ['00', '11']], ...SWEEP], 'diversity', 'diversity is the distinct count divided by the number of samples N (not by the size of the target).'))
      ?? pass('5 samples with 3 distinct strings: diversity 0.6.');
  },
};

const coverage: Check<DiversityModule> = {
  id: 'coverage',
  title: 'Coverage: the target strings seen at least once',
  points: 2,
  async run(m) {
    const hand: [string[], string[]][] = [
      [['00', '00', '00'], ['00', '11']],
      [['00', '01', '10'], ['00', '11']],
      [['0110', '1001', '0110', '1111'], BAS2],
    ];
    return (await compare(m, [...hand, ...SWEEP], 'coverage', 'coverage = (target strings that occur at least once among the samples) ÷ (number of target strings). A target string sampled many times counts once; samples outside the target do not count.'))
      ?? pass('["00", "01", "10"] covers 1 of the target ["00", "11"]: coverage 0.5.');
  },
};

const noSamples: Check<DiversityModule> = {
  id: 'no-samples',
  title: 'No samples: everything is 0',
  points: 1,
  async run(m) {
    return (await compare(m, [[[], BAS2]], 'diversity', 'With N = 0 there is nothing to divide: return 0, not 0/0.'))
      ?? (await compare(m, [[[], BAS2]], 'coverage', 'With no samples nothing of the target is covered: 0.'))
      ?? (await compare(m, [[[], BAS2]], 'distinct', 'With no samples there are no distinct strings: 0.'))
      ?? pass('No samples: distinct 0, diversity 0, coverage 0.');
  },
};

const noSideEffects: Check<DiversityModule> = {
  id: 'no-side-effects',
  title: 'The samples and the target are left unchanged',
  points: 1,
  requires: ['distinct-count'],
  async run(m) {
    const samples = ['110', '001', '110', '011'];
    const target = ['111', '000', '110'];
    const r = await remote(m.diversity).withArgs([...samples], [...target]);
    const [s, t] = r.args as [unknown, unknown];
    const same = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
    if (!same(s, samples) || !same(t, target)) {
      return fail('diversity reordered or changed an array it was given (sorting in place does this). The caller may still need the samples in the order they were drawn: sort a copy, or use a Set.', `${describe(samples)} and ${describe(target)}`, `${show(s)} and ${show(t)}`);
    }
    return pass('Both arrays are untouched.');
  },
};

export const grader: Grader<DiversityModule> = { exerciseId: '24-diversity-coverage', checks: [distinctCount, diversityFraction, coverage, noSamples, noSideEffects] };
