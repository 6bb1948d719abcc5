/**
 * Grader for exercise 22 (the decay of a barren plateau). Expected fits solve the 2×2 normal equations of least
 * squares on ln Var from raw sums (the reference centres the data instead); expected crossings walk n upwards one
 * qubit at a time. Clean data are exact A·b⁻ⁿ; noisy data multiply each variance by a log-normal factor (σ = 0.3 in
 * ln Var) drawn from fixed seeds, so the checks are deterministic and cannot fail by chance. Crossing cases whose
 * ln(A/t)/ln b lies within 1e-6 of a whole number are skipped, where rounding, not the method, would decide.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Point { n: number; variance: number }
interface DecayFit { base: number; amplitude: number }
export interface PlateauModule {
  fitDecay(points: Point[]): Promise<unknown>;
  qubitsBelow(fit: DecayFit, threshold: number): Promise<unknown>;
}

const REL = 1e-9;

function leastSquares(points: Point[]): DecayFit {
  let k = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const p of points) {
    const y = Math.log(p.variance);
    k++;
    sx += p.n;
    sy += y;
    sxx += p.n * p.n;
    sxy += p.n * y;
  }
  const det = k * sxx - sx * sx;
  const slope = (k * sxy - sx * sy) / det;
  const intercept = (sxx * sy - sx * sxy) / det;
  return { base: Math.exp(-slope), amplitude: Math.exp(intercept) };
}

const exactPoints = (ns: number[], a: number, b: number): Point[] => ns.map((n) => ({ n, variance: a * b ** -n }));

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
function noisyPoints(seed: number): Point[] {
  const rng = mulberry32(seed);
  const b = uniformIn(rng, 1.3, 3);
  const a = uniformIn(rng, 0.05, 1);
  const start = 1 + Math.floor(rng() * 3);
  const count = 5 + Math.floor(rng() * 4);
  return Array.from({ length: count }, (_, i) => {
    const n = start + 2 * i;
    return { n, variance: a * b ** -n * Math.exp(0.3 * normal(rng)) };
  });
}

function readFit(v: unknown): DecayFit | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('fitDecay should return an object { base, amplitude }.', '{ base, amplitude }', show(v));
  const base = finiteNumber((v as DecayFit).base, 'The returned base');
  if (isResult(base)) return base;
  const amplitude = finiteNumber((v as DecayFit).amplitude, 'The returned amplitude');
  if (isResult(amplitude)) return amplitude;
  return { base, amplitude };
}

const listPoints = (ps: Point[]) => ps.map((p) => `(${p.n}, ${show(p.variance, 4)})`).join(', ');

async function compareFits(m: PlateauModule, sets: Point[][], field: keyof DecayFit, why: string): Promise<CheckResult | null> {
  for (const points of sets) {
    const want = leastSquares(points);
    const got = readFit(await m.fitDecay(points.map((p) => ({ ...p }))));
    if (isResult(got)) return got;
    if (!(Math.abs(got[field] - want[field]) <= REL * Math.abs(want[field]))) {
      return fail(`For the points (n, Var) ${listPoints(points)}: the ${field} is off by more than a relative ${REL}. ${why}`, show(want[field], 10), show(got[field], 10));
    }
  }
  return null;
}

const CLEAN: Point[][] = [
  exactPoints([2, 4, 6, 8, 10], 0.5, 2),
  exactPoints([9, 3, 6, 5], 0.1, 1.5),
  exactPoints([1, 2], 2, 3.7),
  exactPoints([2, 4, 6, 8, 10, 12, 14, 16, 18, 20], 0.25, 2.05),
  exactPoints([10, 8, 6, 4, 2], 0.01, 1.02),
];

const baseExact: Check<PlateauModule> = {
  id: 'base-exact',
  title: 'The decay base b from exact data',
  points: 2,
  async run(m) {
    return (await compareFits(m, CLEAN, 'base', 'These variances are exactly A·b⁻ⁿ, so the fit must return b itself: the factor per qubit, e^(−slope) of ln Var against n (if you fitted log₂ Var, go back with 2^(−slope)).'))
      ?? pass('Exact data give back b: 2 for the island-like points, 1.5 and 3.7 with uneven or unsorted n.');
  },
};

const amplitude: Check<PlateauModule> = {
  id: 'amplitude',
  title: 'The amplitude A from exact data',
  points: 1,
  requires: ['base-exact'],
  async run(m) {
    return (await compareFits(m, CLEAN, 'amplitude', 'A is the variance the line predicts at n = 0: e^(intercept) of the fit of ln Var, not the intercept itself.'))
      ?? pass('Exact data give back A: 0.5 for the island-like points.');
  },
};

const noisy: Check<PlateauModule> = {
  id: 'noisy-data',
  title: 'Least squares on log Var over all the points, with noisy data',
  points: 2,
  requires: ['base-exact'],
  async run(m) {
    const sets = [3, 14, 15, 92, 65].map(noisyPoints);
    for (const field of ['base', 'amplitude'] as const) {
      const r = await compareFits(m, sets, field, 'With noise, only an equal-weight least-squares line through every (n, ln Var) point gives this; two points, or a fit to Var itself (which the largest variances dominate), give something else.');
      if (r) return r;
    }
    return pass('Noisy variances: b and A equal the least-squares line through ln Var.');
  },
};

async function compareCrossings(m: PlateauModule, cases: [number, number, number][], why: string): Promise<CheckResult | null> {
  for (const [a, b, t] of cases) {
    let want = Infinity;
    if (b > 1 || a / b < t) {
      want = 1;
      while (a * b ** -want >= t) want++;
    }
    const got = await m.qubitsBelow({ base: b, amplitude: a }, t);
    if (typeof got !== 'number' || Number.isNaN(got)) return fail('qubitsBelow should return a number (Infinity when no n qualifies).', 'a number', show(got));
    if (got !== want) {
      const at = (n: number) => (Number.isFinite(n) ? `; A·b⁻ⁿ is ${show(a * b ** -n, 4)} there` : '');
      return fail(`For A = ${show(a)}, b = ${show(b)} and threshold ${show(t)}: ${why}`, `${show(want)}${at(want)}`, `${show(got)}${at(got)}`);
    }
  }
  return null;
}

function crossingSweep(seed: number, count: number): [number, number, number][] {
  const rng = mulberry32(seed);
  const out: [number, number, number][] = [];
  while (out.length < count) {
    const [a, b, t] = [uniformIn(rng, 0.01, 1), uniformIn(rng, 1.05, 4), 10 ** uniformIn(rng, -12, -1)];
    const x = Math.log(a / t) / Math.log(b);
    if (Math.abs(x - Math.round(x)) > 1e-6) out.push([a, b, t]);
  }
  return out;
}

const qubits: Check<PlateauModule> = {
  id: 'qubits-below',
  title: 'The first qubit count below a threshold',
  points: 2,
  async run(m) {
    const cases: [number, number, number][] = [[1, 2, 1e-6], [0.5, 2, 1e-9], [0.3, 1.5, 0.25], [0.2, 3, 1e-4], ...crossingSweep(8, 40)];
    return (await compareCrossings(m, cases, 'return the smallest n ≥ 1 at which A·b⁻ⁿ is already below the threshold (the first one under it, not the last one above).'))
      ?? pass('A = 1, b = 2: the variance first drops below 10⁻⁶ at n = 20 (2⁻²⁰ ≈ 9.5 × 10⁻⁷).');
  },
};

const noDecay: Check<PlateauModule> = {
  id: 'no-decay',
  title: 'No decay: Infinity, unless already below',
  points: 1,
  async run(m) {
    const cases: [number, number, number][] = [[0.1, 0.8, 1e-3], [0.1, 1, 0.01], [0.5, 0.99, 0.4], [0.001, 1, 0.01], [0.001, 0.9, 0.01]];
    return (await compareCrossings(m, cases, 'with b ≤ 1 the variance does not shrink as qubits are added, so if it is not below the threshold at n = 1 it never is: return Infinity. If it is below already, the answer is 1.'))
      ?? pass('A variance that does not decay never crosses the threshold: Infinity.');
  },
};

export const grader: Grader<PlateauModule> = { exerciseId: '22-plateau-decay', checks: [baseExact, amplitude, noisy, qubits, noDecay] };
