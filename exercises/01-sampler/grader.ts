/**
 * Grader for exercise 01 (build a sampler). Every reference value is computed here, independently of any solution.
 * Statistical checks use fixed seeds, so a given implementation always gets the same verdict; the false-failure
 * probability quoted for each is what a correct sampler would face with a fresh seed.
 */
import type { Check, Grader } from '../../src/lib/exercises/types';
import { fmt, fmtList, mulberry32, randomAmplitudes } from '../../src/lib/exercises/grading/prng';
import { constantRng, seededRng, sequenceRng, type RngSpec } from '../../src/lib/exercises/sandbox/rng-spec';
import type { RemoteFunction } from '../../src/lib/exercises/sandbox/remote-learner';

/** The learner's module as the checks see it: each call crosses to the sandbox and back. */
export interface SamplerModule {
  bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Promise<Float64Array | number[]>;
  createSampler(probs: ArrayLike<number>, rng: RngSpec): Promise<RemoteFunction>;
  sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: RngSpec): Promise<Record<string, number>>;
}

const exactProbs = (re: ArrayLike<number>, im: ArrayLike<number>) => Float64Array.from(re, (r, k) => r * r + im[k]! * im[k]!);

async function draws(m: SamplerModule, probs: ArrayLike<number>, rng: RngSpec, count: number): Promise<number[]> {
  const draw = await m.createSampler(probs, rng);
  if (typeof draw !== 'function') throw new TypeError('createSampler must return a function');
  return Array.from((await draw.times(count)) as ArrayLike<number>);
}

const probabilities: Check<SamplerModule> = {
  id: 'probabilities',
  title: 'Born-rule probabilities on random states',
  points: 2,
  async run(m) {
    const rng = mulberry32(101);
    for (const n of [1, 2, 3, 5, 7]) {
      const { re, im } = randomAmplitudes(n, rng);
      const want = exactProbs(re, im);
      const got = await m.bornProbabilities(re, im);
      if (got.length !== want.length) {
        return { pass: false, message: `For ${n} qubits there are ${want.length} basis states, so ${want.length} probabilities.`, expected: `${want.length} entries`, actual: `${got.length} entries` };
      }
      for (let k = 0; k < want.length; k++) {
        if (!(Math.abs(got[k]! - want[k]!) <= 1e-12)) {
          return {
            pass: false,
            message: `Probability of basis state ${k} on a random ${n}-qubit state is off (tolerance 1e-12). Amplitude ${k} is ${fmt(re[k]!)} + ${fmt(im[k]!)}i; its probability is re² + im².`,
            expected: fmt(want[k]!, 12), actual: fmt(got[k]!, 12),
          };
        }
      }
    }
    return { pass: true, message: 'Probabilities match |amplitude|² on random states of 1 to 7 qubits.' };
  },
};

// A random 3-qubit distribution and 200,000 draws: 7 degrees of freedom.
// Threshold 41.9 is the chi-square quantile at 1 - 1e-6 (Wilson-Hilferty), so a correct sampler fails with
// probability about 1e-6 on a fresh seed. Moving 1% of the mass between two outcomes adds a non-centrality of at
// least 200000 * (0.01²/p_a + 0.01²/p_b) >= 40 (p <= 1) and typically ~300: the power is above 0.99 in every case
// the mutants test.
const CHI2_THRESHOLD = 41.9;
const distribution: Check<SamplerModule> = {
  id: 'distribution',
  title: 'Draws follow the Born distribution (chi-square test, 200,000 draws)',
  points: 3,
  async run(m) {
    const { re, im } = randomAmplitudes(3, mulberry32(7));
    const p = exactProbs(re, im);
    const N = 200_000;
    const counts = new Array<number>(p.length).fill(0);
    for (const k of await draws(m, p, seededRng(2024), N)) {
      if (!Number.isInteger(k) || k < 0 || k >= p.length) {
        return { pass: false, message: `A draw must be a basis index from 0 to ${p.length - 1}.`, expected: `0..${p.length - 1}`, actual: String(k) };
      }
      counts[k]!++;
    }
    const chi2 = counts.reduce((a, o, k) => a + (o - N * p[k]!) ** 2 / (N * p[k]!), 0);
    const expectedCounts = Array.from(p, (x) => Math.round(N * x));
    if (!(chi2 < CHI2_THRESHOLD)) {
      return {
        pass: false,
        message: `The draws do not follow the probabilities: chi-square ${fmt(chi2, 4)} (a correct sampler stays below ${CHI2_THRESHOLD} with probability 1 - 1e-6). Compare the counts per outcome.`,
        expected: `about ${fmtList(expectedCounts, 6)}`, actual: fmtList(counts, 6),
      };
    }
    // sampleCounts too, on another complex 3-qubit state: its own path from amplitudes to shots (a learner can drop
    // the imaginary parts there, or build a second sampler, even when bornProbabilities and createSampler are right).
    // Same test and threshold: false alarm 1e-6, so 2e-6 for the whole check.
    const s2 = randomAmplitudes(3, mulberry32(8));
    const p2 = exactProbs(s2.re, s2.im);
    // A wrong bornProbabilities is the probabilities check's to report; sampleCounts is judged here only once it is
    // right on this state, so one mistake costs one check.
    const own = await m.bornProbabilities(s2.re, s2.im);
    if (!(own.length === p2.length && Array.from(p2).every((x, k) => Math.abs(Number(own[k]) - x) <= 1e-12))) {
      return { pass: true, message: `Chi-square ${fmt(chi2, 3)} is below ${CHI2_THRESHOLD}: the draws follow the probabilities (sampleCounts is judged here once bornProbabilities is right).` };
    }
    const got = await m.sampleCounts(s2.re, s2.im, N, seededRng(2025));
    const keys = Array.from(p2, (_, k) => k.toString(2).padStart(3, '0'));
    const stray = Object.keys(got).find((key) => !keys.includes(key) && got[key] !== 0);
    if (stray !== undefined) return { pass: false, message: `sampleCounts on 3 qubits reported the key "${stray}": keys are 3-character bitstrings.`, expected: 'keys 000 to 111', actual: Object.keys(got).join(', ') };
    const counts2 = keys.map((key) => got[key] ?? 0);
    const chi2b = counts2.reduce((a, o, k) => a + (o - N * p2[k]!) ** 2 / (N * p2[k]!), 0);
    if (!(chi2b < CHI2_THRESHOLD)) {
      return {
        pass: false,
        message: `sampleCounts does not follow the Born probabilities of a complex state (re + i·im, both parts count): chi-square ${fmt(chi2b, 4)} over ${N} shots (a correct one stays below ${CHI2_THRESHOLD} with probability 1 - 1e-6). Keys are bitstrings, qubit 0 on the right.`,
        expected: `about ${fmtList(Array.from(p2, (x) => Math.round(N * x)), 6)} for 000 … 111`, actual: fmtList(counts2, 6),
      };
    }
    return { pass: true, message: `Chi-square ${fmt(chi2, 3)} for the sampler and ${fmt(chi2b, 3)} for sampleCounts, both below ${CHI2_THRESHOLD}: the draws follow the probabilities.` };
  },
};

const reproducible: Check<SamplerModule> = {
  id: 'reproducible',
  title: 'Same seed, same draws; different seed, different draws',
  points: 1,
  async run(m) {
    const { re, im } = randomAmplitudes(3, mulberry32(3));
    const p = exactProbs(re, im);
    const a = await draws(m, p, seededRng(5), 300);
    const b = await draws(m, p, seededRng(5), 300);
    const c = await draws(m, p, seededRng(6), 300);
    if (a.join() !== b.join()) return { pass: false, message: 'Two samplers given identical seeded generators drew different outcomes.', expected: fmtList(a, 3, 12), actual: fmtList(b, 3, 12) };
    if (a.join() === c.join()) return { pass: false, message: 'Different seeds gave the same 300 draws: the generator is not being used.', expected: 'different sequences', actual: 'identical sequences' };
    return { pass: true, message: 'Draws are reproducible with a seed and change with it.' };
  },
};

const usesRng: Check<SamplerModule> = {
  id: 'uses-rng',
  title: 'Only the supplied random number generator is used',
  points: 2,
  async run(m) {
    const counted = seededRng(77);
    const p = [0.1, 0.2, 0.3, 0.4];
    const drawn = await draws(m, p, counted, 1000);
    const calls = counted.calls;
    if (calls < 1000) {
      return { pass: false, message: 'Each draw needs randomness from the rng you are given (at least one call per draw); your sampler called it less often, so it must be using another source such as Math.random.', expected: 'at least 1000 calls for 1000 draws', actual: `${calls} calls` };
    }
    // With a generator that always returns 0.999…, an inverse-CDF or alias sampler can never return outcome 0 only.
    const stuck = await draws(m, p, constantRng(0.9999999), 50);
    const fresh = await draws(m, p, seededRng(77), 1000);
    if (fresh.join() !== drawn.join()) return { pass: false, message: 'Draws changed although the generator gave the same numbers: something else is random.', actual: 'different draws for identical rng output' };
    if (new Set(stuck).size !== 1) return { pass: false, message: 'With an rng that always returns the same number, every draw should be the same outcome.', actual: fmtList(stuck, 3, 10) };
    // rng() = 0 is a value like any other: a generator that returns 0 every other call must still decide every draw
    // (a fallback such as `rng() || Math.random()` does not). Deterministic: the same numbers give the same draws.
    const zeros = Array.from({ length: 40 }, (_, k) => (k % 2 ? 0 : (k * 0.618034) % 1));
    const z1 = await draws(m, p, sequenceRng(zeros, 78), 200);
    const z2 = await draws(m, p, sequenceRng(zeros, 78), 200);
    if (z1.join() !== z2.join()) return { pass: false, message: 'With a generator that often returns exactly 0, two samplers given the same numbers drew differently: a value of 0 was replaced by another source of randomness. rng() may return 0; use it as it is.', expected: fmtList(z1, 3, 12), actual: fmtList(z2, 3, 12) };
    // sampleCounts too: all its randomness must come from its rng argument.
    const { re, im } = randomAmplitudes(3, mulberry32(12));
    const spec = seededRng(31);
    const c1 = await m.sampleCounts(re, im, 500, spec);
    const countCalls = spec.calls;
    const c2 = await m.sampleCounts(re, im, 500, seededRng(31));
    const c3 = await m.sampleCounts(re, im, 500, seededRng(32));
    const show = (c: Record<string, number>) => JSON.stringify(Object.fromEntries(Object.entries(c).sort()));
    if (countCalls < 500) {
      return { pass: false, message: 'sampleCounts must take its randomness from the rng it is given (at least one call per shot); it called that rng less often, so it must be using another source such as Math.random.', expected: 'at least 500 calls for 500 shots', actual: `${countCalls} calls` };
    }
    const zc1 = await m.sampleCounts(re, im, 200, sequenceRng(zeros, 79));
    const zc2 = await m.sampleCounts(re, im, 200, sequenceRng(zeros, 79));
    if (show(zc1) !== show(zc2)) return { pass: false, message: 'sampleCounts gave different counts for two generators returning the same numbers, many of them exactly 0: a value of 0 was replaced by another source of randomness.', expected: show(zc1), actual: show(zc2) };
    if (show(c1) !== show(c2)) return { pass: false, message: 'sampleCounts gave different counts for two identically seeded generators: something else is random.', expected: show(c1), actual: show(c2) };
    if (show(c1) === show(c3)) return { pass: false, message: 'sampleCounts gave the same counts for different seeds: the rng it is given is not what decides the shots.', expected: 'different counts', actual: show(c3) };
    return { pass: true, message: 'The sampler and sampleCounts use the supplied rng, and only it.' };
  },
};

const bitOrder: Check<SamplerModule> = {
  id: 'bit-order',
  title: 'Bitstrings put qubit 0 on the right, with one character per qubit',
  points: 2,
  async run(m) {
    for (const [index, want] of [[1, '001'], [6, '110'], [0, '000']] as const) {
      const re = new Float64Array(8);
      re[index] = 1;
      const got = await m.sampleCounts(re, new Float64Array(8), 20, seededRng(1));
      const keys = Object.keys(got).filter((k) => got[k]! > 0);
      if (keys.length !== 1 || keys[0] !== want || got[want] !== 20) {
        const reversed = [...want].reverse().join('');
        const hint = keys[0] === reversed ? ` You wrote "${reversed}": that puts qubit 0 on the left. In this course qubit 0 is the rightmost character.` : '';
        return { pass: false, message: `The state |${want}⟩ (basis index ${index}, 3 qubits) should give only "${want}".${hint}`, expected: `{ "${want}": 20 }`, actual: JSON.stringify(got) };
      }
    }
    return { pass: true, message: 'Index 1 of 3 qubits is "001": qubit 0 is rightmost, width fixed.' };
  },
};

const withReplacement: Check<SamplerModule> = {
  id: 'with-replacement',
  title: 'Shots are independent draws (with replacement) and add up',
  points: 1,
  async run(m) {
    const s = Math.SQRT1_2;
    const got = await m.sampleCounts([s, s], [0, 0], 1000, seededRng(9));
    const total = Object.values(got).reduce((a, b) => a + b, 0);
    if (total !== 1000) return { pass: false, message: 'The counts must add up to the number of shots; each shot is an independent measurement, and the same outcome can come up again.', expected: '1000 in total', actual: `${total} in total: ${JSON.stringify(got)}` };
    // 1000 fair coins: P(a side below 400) is about 1e-10.
    if ((got['0'] ?? 0) < 400 || (got['1'] ?? 0) < 400) return { pass: false, message: '|+⟩ should give 0 and 1 about equally often.', expected: 'about 500 each', actual: JSON.stringify(got) };
    return { pass: true, message: 'Shots add up and repeat outcomes freely.' };
  },
};

// Timed on the harness's side of the wire (learner code cannot report its own speed); the draws run in one round
// trip that returns only their sum, so the wire's cost is the same at both sizes and cancels in the ratio.
async function timePerDraw(m: SamplerModule, n: number, count: number): Promise<number> {
  const { re, im } = randomAmplitudes(n, mulberry32(n));
  const draw = await m.createSampler(exactProbs(re, im), seededRng(3));
  if (typeof draw !== 'function') throw new TypeError('createSampler must return a function');
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const sink = await draw.times(count, [], 'sum');
    const dt = (performance.now() - t0) / count;
    if (!(Number(sink) >= 0)) return NaN;
    best = Math.min(best, dt);
    if (dt * count > 400) break; // clearly slow: one repetition says enough
  }
  return best;
}

const cost: Check<SamplerModule> = {
  id: 'cost-per-draw',
  title: 'The cost of a draw grows slower than the number of outcomes',
  points: 2,
  requires: ['distribution'],
  async run(m) {
    // A ratio between two sizes, not a time limit: 4,096 times more outcomes. Binary search makes a draw about
    // 16/4 = 4 steps longer, the alias method not at all; a scan from the start is about 4,096 times slower.
    await timePerDraw(m, 4, 20_000);
    const small = await timePerDraw(m, 4, 400_000);
    const large = await timePerDraw(m, 16, 20_000);
    const ratio = large / small;
    if (ratio < 60) return { pass: true, message: `A draw over 65,536 outcomes took ${fmt(ratio, 2)}× as long as over 16: logarithmic or constant cost.` };
    return {
      pass: false,
      message: 'Draws slow down in proportion to the number of outcomes: each draw seems to scan the probabilities from the start. Search the cumulative sums with a binary search (or use the alias method).',
      expected: 'under 60× slower for 4,096× more outcomes', actual: `${fmt(ratio, 3)}× slower`,
    };
  },
};


const TENTHS = Array.from({ length: 10 }, () => 0.1);
const LARGEST_BELOW_1 = 1 - 2 ** -53;
const zeroProbability: Check<SamplerModule> = {
  id: 'zero-probability',
  title: 'rng() = 0 and outcomes of probability 0 are handled',
  points: 1,
  async run(m) {
    // rng may return exactly 0 (its range is [0, 1)) and 0.9999999999; an outcome of probability 0 must never be
    // drawn, wherever it sits (first, middle, last). Deterministic: no false failures.
    const cases: { probs: number[]; rng: RngSpec; what: string }[] = [
      { probs: [0, 0.3, 0, 0, 0.7, 0], rng: sequenceRng([0, 0, 0.3, 0.2999999999, 0.9999999999, 0.5, 0.7], 44), what: 'probabilities [0, 0.3, 0, 0, 0.7, 0]' },
      { probs: [0, 0, 0, 1], rng: constantRng(0), what: 'probabilities [0, 0, 0, 1] and an rng that always returns 0' },
      { probs: [1, 0, 0, 0], rng: constantRng(0.9999999999), what: 'probabilities [1, 0, 0, 0] and an rng that always returns 0.9999999999' },
      { probs: [0, 0.5, 0.5, 0, 0, 0, 0, 0], rng: sequenceRng([0, 0.5, 0.9999999999], 45), what: 'probabilities [0, 0.5, 0.5, 0, 0, 0, 0, 0]' },
      // Ten 0.1s add up to 0.9999999999999999 in 64-bit arithmetic, and rng() may return 1 − 2⁻⁵³ = 0.9999999999999999,
      // the largest number below 1: a u that is not scaled by the total can reach past the last cumulative sum. That
      // must neither run off the end nor land on the trailing outcome of probability 0.
      { probs: TENTHS, rng: constantRng(LARGEST_BELOW_1), what: 'ten probabilities of 0.1 (their sum is 0.9999999999999999) and an rng that always returns 1 − 2⁻⁵³' },
      { probs: [...TENTHS, 0], rng: sequenceRng([LARGEST_BELOW_1, 0, LARGEST_BELOW_1], 46), what: 'ten probabilities of 0.1 then one of 0 (the sum is 0.9999999999999999), with rng() = 1 − 2⁻⁵³' },
    ];
    for (const c of cases) {
      const got = await draws(m, c.probs, c.rng, 100);
      const bad = got.find((k) => !(Number.isInteger(k) && k >= 0 && k < c.probs.length && c.probs[k]! > 0));
      if (bad !== undefined) {
        const first = got.indexOf(bad);
        return {
          pass: false,
          message: `With ${c.what}, draw ${first + 1} returned outcome ${fmt(bad)}, which has probability 0 (or is not an index). rng() may return exactly 0: search for the first k with u < cdf[k] (strictly less), so an outcome whose cumulative sum equals the previous one is never chosen.`,
          expected: `only outcomes ${c.probs.flatMap((p, k) => (p > 0 ? [k] : [])).join(', ')}`, actual: fmtList(got, 3, 8),
        };
      }
    }
    return { pass: true, message: 'rng() = 0 and 0.9999999999 are safe, and outcomes of probability 0 are never drawn.' };
  },
};

const same = (a: unknown, b: ArrayLike<number>) => {
  const xs = a as ArrayLike<number> | null;
  return !!xs && typeof xs === 'object' && xs.length === b.length && Array.from(b).every((v, k) => Object.is(Number(xs[k]), v));
};
const remote = (f: unknown) => f as RemoteFunction;

const noSideEffects: Check<SamplerModule> = {
  id: 'no-side-effects',
  title: 'Inputs are left unmodified, and each call returns a new result',
  points: 1,
  // Code that computes nothing has no side effects either: the point is for a working sampler that also has none.
  requires: ['probabilities', 'distribution'],
  async run(m) {
    const { re, im } = randomAmplitudes(3, mulberry32(55));
    const p = exactProbs(re, im);
    const changed = (fn: string, arg: string) => ({ pass: false, message: `${fn} changed its argument ${arg} in place. The caller still needs it: copy before you normalise, accumulate or sort.`, expected: `${arg} unchanged`, actual: `${arg} modified` });
    const b = await remote(m.bornProbabilities).withArgs(re, im);
    if (!same(b.args[0], re)) return changed('bornProbabilities', 're');
    if (!same(b.args[1], im)) return changed('bornProbabilities', 'im');
    // A state normalised only up to round-off (its squared norm a few units in the last place from 1, as most are):
    // code that normalises re and im in place changes them there, where on an exactly normalised state dividing by 1
    // would hide it. Found deterministically among fixed seeds.
    let offNorm = randomAmplitudes(6, mulberry32(900));
    for (let seed = 901; seed < 1000; seed++) {
      if (Math.abs(Math.sqrt(offNorm.re.reduce((a, r, k) => a + r * r + offNorm.im[k]! ** 2, 0)) - 1) > 2e-16) break;
      offNorm = randomAmplitudes(6, mulberry32(seed));
    }
    const b2 = await remote(m.bornProbabilities).withArgs(offNorm.re, offNorm.im);
    if (!same(b2.args[0], offNorm.re)) return changed('bornProbabilities', 're');
    if (!same(b2.args[1], offNorm.im)) return changed('bornProbabilities', 'im');
    const s = await remote(m.createSampler).withArgs(p, seededRng(1));
    if (!same(s.args[0], p)) return changed('createSampler', 'probs');
    if (typeof s.result === 'function') {
      await (s.result as RemoteFunction).times(10);
    }
    const c = await remote(m.sampleCounts).withArgs(re, im, 50, seededRng(2));
    if (!same(c.args[0], re)) return changed('sampleCounts', 're');
    if (!same(c.args[1], im)) return changed('sampleCounts', 'im');
    const shared = (fn: string) => ({ pass: false, message: `Two calls to ${fn} returned the same object, so the second call overwrote the first caller's result. Create a new array or object on every call.`, expected: 'a new result per call', actual: 'one object shared between calls' });
    // Two samplers alive at once: preparing the second must not change the first (no table shared between calls).
    // Deterministic: the first can only ever draw 0, the second only 3.
    const first = await m.createSampler([1, 0, 0, 0], seededRng(4));
    const second = await m.createSampler([0, 0, 0, 1], seededRng(5));
    if (typeof first === 'function' && typeof second === 'function') {
      const a = Array.from((await first.times(20)) as ArrayLike<number>);
      const b = Array.from((await second.times(20)) as ArrayLike<number>);
      if (a.some((k) => k !== 0) || b.some((k) => k !== 3)) {
        return { pass: false, message: 'A sampler for [1, 0, 0, 0] drew other outcomes once a second sampler, for [0, 0, 0, 1], had been prepared: the two share their table. Build new arrays in every createSampler call.', expected: 'first sampler always 0, second always 3', actual: `first ${fmtList(a, 3, 10)}, second ${fmtList(b, 3, 10)}` };
      }
    }
    if ((await remote(m.bornProbabilities).twice(re, im)).same) return shared('bornProbabilities');
    if ((await remote(m.sampleCounts).twice(re, im, 50, seededRng(3))).same) return shared('sampleCounts');
    return { pass: true, message: 'Inputs stay as they were, and every call returns its own result.' };
  },
};

// 18 qubits: outcome 0 holds 0.5, then 262,142 outcomes of 2.9e-8 each (0.0076 in all), then the rest. Near a
// cumulative sum of 0.5 a float32 step is 6e-8, so a Float32Array CDF rounds every tail outcome away and never
// draws one; float64 keeps them. 200,000 draws: a correct sampler expects 1,520 tail draws (sd 39); the window
// [1,300, 1,740] is ±5.6 sd, false failure about 2e-8.
const manyOutcomes: Check<SamplerModule> = {
  id: 'many-outcomes',
  title: 'Precision holds with 2¹⁸ outcomes',
  points: 1,
  requires: ['cost-per-draw'],
  async run(m) {
    const L = 1 << 18;
    const tiny = 2.9e-8;
    const p = new Float64Array(L).fill(tiny);
    p[0] = 0.5;
    p[L - 1] = 0.5 - tiny * (L - 2);
    const N = 200_000;
    const got = await draws(m, p, seededRng(1818), N);
    let tail = 0;
    for (const k of got) {
      if (!Number.isInteger(k) || k < 0 || k >= L) return { pass: false, message: `A draw must be a basis index from 0 to ${L - 1}.`, expected: `0..${L - 1}`, actual: fmt(k) };
      if (k > 0 && k < L - 1) tail++;
    }
    const want = Math.round(N * tiny * (L - 2));
    // Binomial(200,000, 0.0076): mean 1,520, sd 39; 1,300 to 1,740 is ±5.7 sd, a false alarm about 1e-8 per leg.
    const inRange = (t: number) => t >= 1300 && t <= 1740;
    const lost = (what: string, t: number) => ({
      pass: false,
      message: `On 18 qubits, outcome 0 has probability 0.5 and 262,142 outcomes have 2.9e-8 each (0.0076 together): ${what} should land on them about ${want} times in ${N}. A cumulative sum held in 32-bit floats (Float32Array, Math.fround) cannot add 2.9e-8 to 0.5 and loses them; use 64-bit numbers.`,
      expected: `about ${want} (1,300 to 1,740)`, actual: String(t),
    });
    if (!inRange(tail)) return lost('the draws', tail);
    // The same distribution through sampleCounts, which may prepare its own table: amplitudes √p, some imaginary.
    const re = new Float64Array(L);
    const im = new Float64Array(L);
    for (let k = 0; k < L; k++) {
      if (k % 3 === 1) im[k] = -Math.sqrt(p[k]!);
      else re[k] = Math.sqrt(p[k]!);
    }
    // As in the distribution check, sampleCounts is judged only once bornProbabilities is right on this state (a
    // wrong one is the probabilities check's to report), so one mistake costs one check.
    const own = await m.bornProbabilities(re, im);
    if (!(own.length === L && Array.from(p).every((x, k) => Math.abs(Number(own[k]) - x) <= 1e-12))) {
      return { pass: true, message: `${tail} of ${N} draws fell among the 262,142 outcomes of probability 2.9e-8 (about ${want} expected); sampleCounts is judged here once bornProbabilities is right.` };
    }
    const counts = await m.sampleCounts(re, im, N, seededRng(1819));
    let shotTail = 0;
    for (const [key, c] of Object.entries(counts)) if (key !== '0'.repeat(18) && key !== '1'.repeat(18)) shotTail += Number(c);
    if (!inRange(shotTail)) return lost('the shots of sampleCounts', shotTail);
    return { pass: true, message: `${tail} of ${N} draws, and ${shotTail} of ${N} shots of sampleCounts, fell among the 262,142 outcomes of probability 2.9e-8 (about ${want} expected).` };
  },
};

export const grader: Grader<SamplerModule> = {
  exerciseId: '01-sampler',
  checks: [probabilities, distribution, reproducible, usesRng, bitOrder, withReplacement, cost, zeroProbability, noSideEffects, manyOutcomes],
};
