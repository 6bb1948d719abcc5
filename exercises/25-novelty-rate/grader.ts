/**
 * Grader for exercise 25 (novelty and validity). Validity is decided by membership in the set of bars-and-stripes
 * images built constructively here (every choice of lit rows, every choice of lit columns), not by testing rows and
 * columns as the learner does. Pixel (r, c) is bit r·cols + c, qubit 0 the rightmost character. Samples mix training
 * images (with many repeats), held-out valid images and random strings, from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Rule { kind: 'bars-and-stripes'; rows: number; cols: number }
interface Novelty { novel: number; valid: number; validNovel: number }
export interface NoveltyModule {
  novelty(generated: string[], training: string[], rule: Rule): Promise<unknown>;
}

const TOL = 1e-12;
const bas = (rows: number, cols: number): Rule => ({ kind: 'bars-and-stripes', rows, cols });

function basImages(rows: number, cols: number): string[] {
  const out = new Set<string>();
  const draw = (on: (r: number, c: number) => boolean) => {
    const chars: string[] = [];
    for (let q = rows * cols - 1; q >= 0; q--) chars.push(on(Math.floor(q / cols), q % cols) ? '1' : '0');
    return chars.join('');
  };
  for (let m = 0; m < 1 << rows; m++) out.add(draw((r) => ((m >> r) & 1) === 1));
  for (let m = 0; m < 1 << cols; m++) out.add(draw((_r, c) => ((m >> c) & 1) === 1));
  return [...out].sort();
}

function expected(generated: string[], training: string[], rule: Rule): Novelty {
  const validSet = basImages(rule.rows, rule.cols);
  const n = generated.length;
  if (n === 0) return { novel: 0, valid: 0, validNovel: 0 };
  let novel = 0, valid = 0, validNovel = 0;
  for (const g of generated) {
    const isNew = training.indexOf(g) < 0;
    const ok = validSet.indexOf(g) >= 0;
    novel += isNew ? 1 : 0;
    valid += ok ? 1 : 0;
    validNovel += isNew && ok ? 1 : 0;
  }
  return { novel: novel / n, valid: valid / n, validNovel: validNovel / n };
}

const randomImage = (rng: Rng, len: number) => Array.from({ length: len }, () => (rng() < 0.5 ? '1' : '0')).join('');

interface Case { generated: string[]; training: string[]; rule: Rule; label: string; why?: string }

/** A generator that has seen `trainFraction` of the valid images: it repeats them often, finds some others, and errs. */
function scenario(seed: number, rows: number, cols: number, count: number, trainFraction = 0.5, errorRate = 0.25): Case {
  const rng = mulberry32(seed);
  const images = basImages(rows, cols);
  const shuffled = [...images];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const cut = Math.max(1, Math.floor(images.length * trainFraction));
  const training = shuffled.slice(0, cut);
  const heldOut = shuffled.slice(cut);
  const generated = Array.from({ length: count }, () => {
    const u = rng();
    if (u < errorRate) return randomImage(rng, rows * cols);
    if (u < errorRate + 0.5 || heldOut.length === 0) return training[Math.floor(rng() * training.length)]!;
    return heldOut[Math.floor(rng() * heldOut.length)]!;
  });
  return { generated, training, rule: bas(rows, cols), label: `${count} samples of ${rows}×${cols} images, trained on ${training.length} of the ${images.length} valid ones` };
}

function read(v: unknown): Novelty | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('novelty should return an object { novel, valid, validNovel }.', '{ novel, valid, validNovel }', show(v));
  const out: Partial<Novelty> = {};
  for (const k of ['novel', 'valid', 'validNovel'] as const) {
    const x = finiteNumber((v as Record<string, unknown>)[k], `The returned ${k}`);
    if (isResult(x)) return x;
    out[k] = x;
  }
  return out as Novelty;
}

async function compare(m: NoveltyModule, cases: Case[], field: keyof Novelty, why: (c: Case) => string): Promise<CheckResult | null> {
  for (const c of cases) {
    const want = expected(c.generated, c.training, c.rule);
    const got = read(await m.novelty([...c.generated], [...c.training], { ...c.rule }));
    if (isResult(got)) return fail(`${c.label}: ${got.message} ${why(c)}`, got.expected, got.actual);
    if (!(Math.abs(got[field] - want[field]) <= TOL)) return fail(`${c.label}: ${field} is wrong. ${why(c)}`, show(want[field], 10), show(got[field], 10));
  }
  return null;
}

const novelRate: Check<NoveltyModule> = {
  id: 'novel-rate',
  title: 'Novel: the share of samples that are not training copies',
  points: 1,
  async run(m) {
    const hand: Case = { generated: ['0000', '0000', '0000', '1111', '0011'], training: ['0000', '1111'], rule: bas(2, 2), label: 'Samples ["0000" ×3, "1111", "0011"], training ["0000", "1111"]' };
    return (await compare(m, [hand, scenario(1, 3, 3, 40), scenario(2, 3, 3, 300, 0.8)], 'novel', () => 'Count every sample that is not in the training set, repeats included, and divide by the number of samples: a memorised image drawn often should weigh often.'))
      ?? pass('1 of 5 samples is new: novel = 0.2, although 1 of the 3 distinct strings is.');
  },
};

const basRule: Check<NoveltyModule> = {
  id: 'bas-rule',
  title: 'Valid: stripes or bars, on square images',
  points: 1,
  async run(m) {
    const hand: Case = { generated: ['0011', '0101', '1001', '1111', '0000', '0110'], training: [], rule: bas(2, 2), label: 'Samples 0011, 0101, 1001, 1111, 0000, 0110 on 2×2' };
    return (await compare(m, [hand, scenario(3, 3, 3, 60), scenario(4, 4, 4, 80, 0.5, 0.1)], 'valid', () => 'An image is valid if every row is uniform (horizontal stripes) OR every column is uniform (vertical bars); 0011 and 0101 on 2×2 are both valid.'))
      ?? pass('On 2×2, 0011 (stripes), 0101 (bars), 1111 and 0000 are valid; 1001 and 0110 (diagonals) are not.');
  },
};

const pixelOrder: Check<NoveltyModule> = {
  id: 'pixel-order',
  title: 'Pixel (r, c) is bit r·cols + c, also on non-square images',
  points: 1,
  requires: ['bas-rule'],
  async run(m) {
    const hand: Case = { generated: ['000111', '011011', '001011'], training: [], rule: bas(2, 3), label: 'Samples 000111, 011011, 001011 on 2 rows × 3 columns' };
    return (await compare(m, [hand, scenario(5, 2, 3, 50), scenario(6, 3, 2, 50), scenario(7, 2, 5, 80), scenario(8, 3, 4, 80)], 'valid', (c) => `Pixel (r, c) is bit r·cols + c (row-major, ${c.rule.cols} pixels per row), and bit 0 is the rightmost character. 000111 on 2×3 is row 0 = 111, row 1 = 000: stripes, valid.`))
      ?? pass('On 2×3, 000111 (stripes) and 011011 (bars) are valid, 001011 is not.');
  },
};

const validAndNew: Check<NoveltyModule> = {
  id: 'valid-and-new',
  title: 'Valid and new, as a share of all samples',
  points: 2,
  requires: ['novel-rate', 'bas-rule'],
  async run(m) {
    const hand: Case = { generated: ['0011', '0011', '1100', '1001', '0101', '0110'], training: ['0011'], rule: bas(2, 2), label: 'Samples 0011 ×2, 1100, 1001, 0101, 0110 on 2×2, training ["0011"]' };
    return (await compare(m, [hand, scenario(9, 3, 3, 100), scenario(10, 3, 3, 500, 0.3, 0.4), scenario(11, 2, 3, 60)], 'validNovel', () => 'Count the samples that are both valid and not in the training set, and divide by ALL the samples (not by the valid ones, and not valid × novel: the two are not independent).'))
      ?? pass('2 of 6 samples (1100 and 0101) are valid and new: validNovel = 1/3.');
  },
};

const edgeCases: Check<NoveltyModule> = {
  id: 'edge-cases',
  title: 'No samples, no training set, everything memorised',
  points: 1,
  async run(m) {
    const cases: Case[] = [
      { generated: [], training: ['0000'], rule: bas(2, 2), label: 'No samples', why: 'With N = 0 there is nothing to divide: return 0 for all three, not 0/0.' },
      { generated: ['0000', '0110', '1111'], training: [], rule: bas(2, 2), label: 'An empty training set', why: 'With no training set every sample is new, so validNovel equals valid.' },
      { generated: ['000', '101', '101'], training: ['101', '000', '000'], rule: bas(1, 3), label: 'Every sample a training copy (1 row × 3 columns)', why: 'Every sample is a copy, so none is new; and with one row every column is a single pixel, so every 1×3 image is valid (bars).' },
    ];
    for (const field of ['novel', 'valid', 'validNovel'] as const) {
      const r = await compare(m, cases, field, (c) => c.why ?? '');
      if (r) return r;
    }
    return pass('No samples give zeros; an empty training set makes every sample new.');
  },
};

export const grader: Grader<NoveltyModule> = { exerciseId: '25-novelty-rate', checks: [novelRate, basRule, pixelOrder, validAndNew, edgeCases] };
