/**
 * Grader for exercise 23 (alias tables). No statistics: the distribution the learner's tables encode is computed
 * exactly from the tables (each column gives 1/n, split between its own outcome and its alias), and compared with
 * the distribution they were built from. Draws are checked against the rule on tables written here by hand.
 * Distributions come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { fmtList, mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, isResult, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

interface AliasTables { prob: number[]; alias: number[] }
export interface AliasModule {
  buildAlias(probs: number[]): Promise<unknown>;
  drawAlias(tables: AliasTables, u1: number, u2: number): Promise<unknown>;
}

const TOL = 1e-12;

function readTables(v: unknown, n: number, probs: number[]): AliasTables | CheckResult {
  const where = `buildAlias(${fmtList(probs, 4, 6)})`;
  if (typeof v !== 'object' || v === null) return fail(`${where} should return an object { prob, alias }.`, '{ prob, alias }', show(v));
  const { prob, alias } = v as Record<string, unknown>;
  for (const [name, arr] of [['prob', prob], ['alias', alias]] as const) {
    if (!(Array.isArray(arr) || ArrayBuffer.isView(arr)) || (arr as ArrayLike<unknown>).length !== n) {
      return fail(`${where}: ${name} should be an array of n = ${n} numbers, one per column.`, `${n} numbers`, show(arr));
    }
  }
  const p = Array.from(prob as ArrayLike<unknown>);
  const a = Array.from(alias as ArrayLike<unknown>);
  for (let i = 0; i < n; i++) {
    const pi = p[i];
    if (typeof pi !== 'number' || !(pi >= 0 && pi <= 1 + TOL)) {
      return fail(`${where}: prob[${i}] must be a number from 0 to 1, the chance that column ${i} keeps its own outcome. Did you scale by n and then forget to fill the leftover columns with 1?`, 'a number in [0, 1]', show(pi));
    }
    const ai = a[i];
    if (pi < 1 && !(typeof ai === 'number' && Number.isInteger(ai) && ai >= 0 && ai < n)) {
      return fail(`${where}: alias[${i}] must be an outcome, a whole number from 0 to ${n - 1} (column ${i} is not always its own outcome, so its alias is used).`, `a whole number in [0, ${n - 1}]`, show(ai));
    }
  }
  return { prob: p as number[], alias: a as number[] };
}

/** The distribution the tables encode, exactly: column i gives min(prob, 1)/n to i and the rest of 1/n to alias[i]. */
function implied({ prob, alias }: AliasTables): number[] {
  const n = prob.length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const keep = Math.min(1, prob[i]!);
    out[i]! += keep / n;
    if (keep < 1) out[alias[i]!]! += (1 - keep) / n;
  }
  return out;
}

async function compareDistributions(m: AliasModule, dists: number[][], why: string): Promise<CheckResult | null> {
  for (const p of dists) {
    const t = readTables(await m.buildAlias([...p]), p.length, p);
    if (isResult(t)) return t;
    const q = implied(t);
    const j = q.findIndex((x, k) => !(Math.abs(x - p[k]!) <= TOL));
    if (j >= 0) {
      return fail(
        `The tables built from ${fmtList(p, 4, 6)} (n = ${p.length}) give outcome ${j} probability ${show(q[j], 12)} instead of ${show(p[j], 12)}: (1/n)·[prob[${j}] + Σ (1 − prob[i]) over columns aliased to ${j}]. ${why}`,
        `p[${j}] = ${show(p[j], 12)}`, `${show(q[j], 12)} (prob = ${show(t.prob)}, alias = ${show(t.alias)})`,
      );
    }
  }
  return null;
}

function randomDist(rng: Rng, n: number, zeros = 0): number[] {
  const w = Array.from({ length: n }, () => -Math.log(1 - rng()));
  for (let k = 0; k < zeros; k++) w[Math.floor(rng() * n)] = 0;
  if (!w.some((x) => x > 0)) w[0] = 1;
  const s = w.reduce((a, x) => a + x, 0);
  return w.map((x) => x / s);
}

/** Hand-made tables for outcomes (0.375, 0.15, 0.475, 0): column 3 has prob 0 and always gives its alias. */
const HAND: AliasTables = { prob: [1, 0.6, 0.9, 0], alias: [0, 0, 0, 2] };

async function checkDraws(m: AliasModule, tables: AliasTables, u1s: number[], u2s: number[], why: string, forbidden?: (k: number) => boolean): Promise<CheckResult | null> {
  const n = tables.prob.length;
  for (const u1 of u1s) {
    for (const u2 of u2s) {
      const i = Math.floor(u1 * n);
      const want = u2 < tables.prob[i]! ? i : tables.alias[i]!;
      const got = await m.drawAlias(tables, u1, u2);
      if (got !== want || (forbidden && forbidden(got as number))) {
        return fail(`drawAlias(prob = ${show(tables.prob)}, alias = ${show(tables.alias)}, u1 = ${u1}, u2 = ${u2}): column ⌊u1·n⌋ = ${i} has prob ${show(tables.prob[i])}. ${why}`, `outcome ${want}`, show(got));
      }
    }
  }
  return null;
}

const drawRule: Check<AliasModule> = {
  id: 'draw-rule',
  title: 'A draw picks column ⌊u1·n⌋, then the coin u2 < prob',
  points: 1,
  async run(m) {
    return (await checkDraws(m, HAND, [0, 0.1, 0.26, 0.49, 0.5, 0.74, 0.76, 0.9999999], [0.05, 0.3, 0.59, 0.61, 0.89, 0.91, 0.9999999], 'The column keeps its own outcome i when u2 < prob[i] and gives alias[i] otherwise.'))
      ?? pass('Every (u1, u2) on the grid gives the column and outcome the rule says.');
  },
};

const tableShape: Check<AliasModule> = {
  id: 'table-shape',
  title: 'Tables of n entries: prob in [0, 1], alias an outcome',
  points: 1,
  async run(m) {
    for (const p of [[0.2, 0.5, 0.3], [1], [0.1, 0.1, 0.1, 0.7], randomDist(mulberry32(4), 9)]) {
      const t = readTables(await m.buildAlias([...p]), p.length, p);
      if (isResult(t)) return t;
    }
    return pass('prob and alias have one entry per column, prob between 0 and 1, alias a valid outcome.');
  },
};

const leftovers: Check<AliasModule> = {
  id: 'leftovers',
  title: 'Columns left over are full (prob = 1): uniform distributions',
  points: 1,
  async run(m) {
    const uniform = [1, 2, 3, 4, 5, 8].map((n) => new Array<number>(n).fill(1 / n));
    return (await compareDistributions(m, uniform, 'Every column whose scaled value is 1 (all of them, for a uniform distribution), and every index still on a list when the other runs empty, must get prob = 1.'))
      ?? pass('Uniform distributions: every column is full, as it should be.');
  },
};

const exact: Check<AliasModule> = {
  id: 'exact-distribution',
  title: 'The tables encode the distribution exactly (n up to 200)',
  points: 2,
  requires: ['table-shape'],
  async run(m) {
    const rng = mulberry32(2718);
    const dists = [[0.5, 0.3, 0.2], [0.97, 0.01, 0.01, 0.01], [0.1, 0.2, 0.3, 0.4], [0.5, 0.25, 0.25], [0.25, 0.25, 0.25, 0.125, 0.125], ...[2, 3, 5, 7, 10, 17, 64, 200].map((n) => randomDist(rng, n))];
    return (await compareDistributions(m, dists, 'Scale by n first (q = n·p, so the columns average 1), give each column q of its own outcome and fill it up to 1 from a column with q > 1.'))
      ?? pass('Implied probabilities equal p to 1e-12 for n from 2 to 200.');
  },
};

const zeroProbability: Check<AliasModule> = {
  id: 'zero-probability',
  title: 'An outcome of probability 0 is never drawn',
  points: 1,
  requires: ['draw-rule', 'exact-distribution'],
  async run(m) {
    const hand = await checkDraws(m, HAND, [0.8, 0.9, 0.9999999], [0, 0.5, 0.9999999], 'Column 3 has prob 0, so it must always give its alias, even at u2 = 0: keep the column\'s own outcome only when u2 < prob, strictly.', (k) => k === 3);
    if (hand) return hand;
    const rng = mulberry32(99);
    for (const p of [[0, 0.5, 0, 0.5], [0.3, 0, 0.7], ...[6, 12, 30].map((n) => randomDist(rng, n, Math.floor(n / 3)))]) {
      const t = readTables(await m.buildAlias([...p]), p.length, p);
      if (isResult(t)) return t;
      const n = p.length;
      for (let i = 0; i < n; i++) {
        for (const u2 of [0, 0.9999999]) {
          const got = await m.drawAlias(t, (i + 0.5) / n, u2);
          if (typeof got !== 'number' || !(p[got] !== undefined && p[got]! > 0)) {
            return fail(`From ${fmtList(p, 4, 6)}, column ${i} (u1 = ${show((i + 0.5) / n)}) with u2 = ${u2} drew outcome ${show(got)}, which has probability 0 (or is not an outcome). Keep the own outcome only when u2 < prob[i], strictly.`, 'an outcome with p > 0', show(got));
          }
        }
      }
    }
    return pass('Columns with prob 0 always give their alias; no impossible outcome is drawn, even at u2 = 0.');
  },
};

const noSideEffects: Check<AliasModule> = {
  id: 'no-side-effects',
  title: 'The probabilities passed in are left unchanged',
  points: 1,
  requires: ['table-shape'],
  async run(m) {
    const p = [0.1, 0.2, 0.3, 0.4];
    const r = await remote(m.buildAlias).withArgs([...p]);
    if (!sameNumbers(r.args[0], p)) {
      return fail('buildAlias changed the array it was given. The caller still needs those probabilities: scale a copy.', fmtList(p), show(r.args[0]));
    }
    return pass('probs is untouched; the scaled values live in a copy.');
  },
};

export const grader: Grader<AliasModule> = { exerciseId: '23-alias-table', checks: [drawRule, tableShape, leftovers, exact, zeroProbability, noSideEffects] };
