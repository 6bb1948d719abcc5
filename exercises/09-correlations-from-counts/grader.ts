/**
 * Grader for exercise 09 (marginals and ⟨Z_a Z_b⟩ from counts). Counts are generated per basis index, and the
 * expected values are computed on those integer indices (bit q of i is floor(i / 2^q) mod 2, and each shot's
 * correlator is the product of two ±1 values), never by reading the strings the learner reads. Fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { bits, fail, finiteNumber, isResult, numberArray, pass, show } from '../../src/lib/exercises/grading/check-kit';

type Counts = Record<string, number>;
export interface CorrelationsModule {
  marginals(counts: Counts): Promise<unknown>;
  zzCorrelator(counts: Counts, a: number, b: number): Promise<unknown>;
}

const TOL = 1e-12;
/** Counts per index, and the same as bitstring-keyed counts. */
interface Sample { n: number; perIndex: number[]; counts: Counts; label: string }

function sample(n: number, perIndex: number[], label: string): Sample {
  const counts: Counts = {};
  perIndex.forEach((c, i) => {
    if (c >= 0) counts[bits(i, n)] = c;
  });
  return { n, perIndex: perIndex.map((c) => Math.max(c, 0)), counts, label };
}
/** Random counts: about a quarter of the outcomes missing (−1 here), some present with count 0. */
function randomSample(n: number, rng: Rng, label: string): Sample {
  const per = Array.from({ length: 2 ** n }, () => (rng() < 0.25 ? -1 : rng() < 0.1 ? 0 : intIn(rng, 1, 400)));
  if (!per.some((c) => c > 0)) per[0] = 7;
  return sample(n, per, label);
}
const bitOf = (i: number, q: number) => Math.floor(i / 2 ** q) % 2;
const total = (s: Sample) => s.perIndex.reduce((a, c) => a + c, 0);
const expectedMarginals = (s: Sample) => Array.from({ length: s.n }, (_, q) => s.perIndex.reduce((a, c, i) => a + c * bitOf(i, q), 0) / total(s));
const expectedZZ = (s: Sample, a: number, b: number) => s.perIndex.reduce((acc, c, i) => acc + c * (1 - 2 * bitOf(i, a)) * (1 - 2 * bitOf(i, b)), 0) / total(s);
/** Counts in bitstring order with quoted keys; JavaScript would list "11" before "00" (integer-like keys first). */
function showCounts(c: Counts): string {
  const keys = Object.keys(c).sort();
  return `{ ${keys.slice(0, 6).map((k) => `"${k}": ${c[k]}`).join(', ')}${keys.length > 6 ? ', …' : ''} }`;
}

async function compareMarginals(m: CorrelationsModule, samples: Sample[], advice: string): Promise<CheckResult | null> {
  for (const s of samples) {
    const want = expectedMarginals(s);
    const got = numberArray(await m.marginals(s.counts), s.n, `marginals(counts) for ${s.label}`);
    if (isResult(got)) return got;
    const q = want.findIndex((w, k) => !(Math.abs(got[k]! - w) <= TOL));
    if (q >= 0) return fail(`For ${s.label} ${showCounts(s.counts)}, P(qubit ${q} reads 1) is off by more than ${TOL}. ${advice}`, show(want), show(got));
  }
  return null;
}
async function compareZZ(m: CorrelationsModule, s: Sample, pairs: [number, number][], advice: string): Promise<CheckResult | null> {
  for (const [a, b] of pairs) {
    const want = expectedZZ(s, a, b);
    const got = finiteNumber(await m.zzCorrelator(s.counts, a, b), `zzCorrelator(counts, ${a}, ${b}) for ${s.label}`);
    if (isResult(got)) return got;
    if (!(Math.abs(got - want) <= TOL)) return fail(`For ${s.label} ${showCounts(s.counts)}, ⟨Z_${a} Z_${b}⟩ is off by more than ${TOL}. ${advice}`, show(want, 12), show(got, 12));
  }
  return null;
}

const marginalOrder: Check<CorrelationsModule> = {
  id: 'marginal-order',
  title: 'Entry q of the marginals is qubit q, the q-th character from the right',
  points: 1,
  async run(m) {
    return (await compareMarginals(m, [sample(3, [-1, 10], 'only "001"'), sample(3, [-1, -1, -1, -1, 1, -1, 3], 'counts on "100" and "110"')],
      'Qubit 0 is the rightmost character of a key, so in "001" only qubit 0 reads 1.'))
      ?? pass('"001" has qubit 0 at 1: marginals [1, 0, 0].');
  },
};

const marginalsCheck: Check<CorrelationsModule> = {
  id: 'marginals',
  title: 'Marginals of random counts, missing and zero outcomes included',
  points: 2,
  async run(m) {
    const rng = mulberry32(909);
    const samples = [1, 2, 3, 5, 8].map((n) => randomSample(n, rng, `random ${n}-qubit counts`));
    return (await compareMarginals(m, samples, 'Add the counts of every bitstring in which that qubit reads 1 and divide by the total number of shots (the sum of all counts), not by the number of distinct bitstrings.'))
      ?? pass('Every qubit\'s P(1) is right, weighted by shots.');
  },
};

const bellCorrelator: Check<CorrelationsModule> = {
  id: 'bell-correlator',
  title: 'Bell and GHZ counts: coin-flip marginals, perfect correlation',
  points: 1,
  async run(m) {
    const cases: [Sample, [number, number][]][] = [
      [sample(2, [512, -1, -1, 488], 'Bell-state counts'), [[0, 1], [1, 0]]],
      [sample(2, [-1, 250, 250, -1], 'counts where the qubits always differ'), [[0, 1]]],
      [sample(3, [9, -1, -1, -1, -1, -1, -1, 7], 'GHZ counts'), [[0, 2], [1, 2]]],
    ];
    const marginalsOff = await compareMarginals(m, [cases[0]![0]], 'Each qubit of the Bell counts reads 1 in 488 of 1,000 shots.');
    if (marginalsOff) return marginalsOff;
    for (const [s, pairs] of cases) {
      const off = await compareZZ(m, s, pairs, 'Count shots where the two characters agree minus shots where they differ. Multiplying the two marginals assumes independent qubits, and it gives about 0 here, where the answer is ±1.');
      if (off) return off;
    }
    return pass('The Bell counts look like two fair coins qubit by qubit (P(1) = 0.488 each), yet ⟨Z₁Z₀⟩ = 1; anticorrelated counts give −1.');
  },
};

const correlator: Check<CorrelationsModule> = {
  id: 'correlator',
  title: '⟨Z_a Z_b⟩ of random counts, every pair of qubits',
  points: 2,
  requires: ['bell-correlator'],
  async run(m) {
    const rng = mulberry32(910);
    for (const n of [2, 3, 4, 6]) {
      const s = randomSample(n, rng, `random ${n}-qubit counts`);
      const pairs: [number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) pairs.push([a, b]);
      const off = await compareZZ(m, s, pairs, 'Read qubit a as the character at position n − 1 − a (qubit 0 rightmost), then agree − differ over all shots.');
      if (off) return off;
    }
    return pass('⟨Z_a Z_b⟩ is right for every pair, in either order.');
  },
};

export const grader: Grader<CorrelationsModule> = { exerciseId: '09-correlations-from-counts', checks: [marginalOrder, marginalsCheck, bellCorrelator, correlator] };
