/**
 * Grader for exercise 10 (the memory wall). Expected values are computed with BigInt (exact integers), a different
 * route from the doubles the learner is asked to use, and compared exactly. The lesson's table (30 qubits: 16 GiB,
 * 40: about 17.6 TB, 53: about 144 PB) is among the cases.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';

type Precision = 'complex128' | 'complex64';
export interface MemoryWallModule {
  stateBytes(n: number, precision: Precision): Promise<unknown>;
  maxQubits(budget: number, precision: Precision): Promise<unknown>;
}

const PER: Record<Precision, bigint> = { complex128: 16n, complex64: 8n };
const exactBytes = (n: number, p: Precision) => PER[p] << BigInt(n);
function exactMax(budget: number, p: Precision): number {
  const b = BigInt(budget);
  let n = -1;
  while (exactBytes(n + 1, p) <= b) n++;
  return n;
}
/** The largest whole number below x = 2^k that a double holds: x − 1 up to 2^53, the next smaller double beyond. */
const justBelow = (x: number) => (x <= 2 ** 53 ? x - 1 : x - x / 2 ** 53);
const digits = (x: number) => (Number.isInteger(x) ? BigInt(x).toLocaleString('en-US') : show(x, 17));
const showExact = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? digits(v) : show(v));

async function bytesCases(m: MemoryWallModule, cases: [number, Precision][], advice: string): Promise<CheckResult | null> {
  for (const [n, p] of cases) {
    const want = Number(exactBytes(n, p));
    const got = await m.stateBytes(n, p);
    if (got !== want) return fail(`stateBytes(${n}, "${p}"): 2^${n} amplitudes × ${PER[p]} bytes. ${advice}`, `${digits(want)} bytes`, showExact(got));
  }
  return null;
}
async function maxCases(m: MemoryWallModule, cases: [number, Precision, string][], advice: string): Promise<CheckResult | null> {
  for (const [budget, p, label] of cases) {
    const want = exactMax(budget, p);
    const got = await m.maxQubits(budget, p);
    if (got !== want) {
      const why = want >= 0 ? `${digits(Number(exactBytes(want, p)))} bytes for ${want} qubits fit; ${digits(Number(exactBytes(want + 1, p)))} for ${want + 1} do not` : `not even one amplitude (${PER[p]} bytes) fits`;
      return fail(`maxQubits(${label}, "${p}"): ${why}. ${advice}`, String(want), showExact(got));
    }
  }
  return null;
}

const table: Check<MemoryWallModule> = {
  id: 'table',
  title: 'complex128 sizes up to 30 qubits (16 bytes per amplitude)',
  points: 1,
  async run(m) {
    return (await bytesCases(m, [[0, 'complex128'], [1, 'complex128'], [10, 'complex128'], [20, 'complex128'], [26, 'complex128'], [30, 'complex128']],
      'complex128 means 128 bits per amplitude in all (two 64-bit floats), so 16 bytes.'))
      ?? pass('10 qubits → 16 KiB, 20 → 16 MiB, 26 → 1 GiB, 30 → 16 GiB.');
  },
};

const precision: Check<MemoryWallModule> = {
  id: 'precision',
  title: 'complex64 takes half: 8 bytes per amplitude',
  points: 1,
  async run(m) {
    return (await bytesCases(m, [[0, 'complex64'], [10, 'complex64'], [20, 'complex64'], [30, 'complex64']],
      'complex64 is two 32-bit floats: 8 bytes per amplitude.'))
      ?? pass('complex64: 30 qubits → 8 GiB; every size is half the complex128 one.');
  },
};

const largeN: Check<MemoryWallModule> = {
  id: 'large-n',
  title: 'Exact for 31 to 60 qubits, past 32-bit shifts and 2^53',
  points: 1,
  async run(m) {
    return (await bytesCases(m, [[31, 'complex128'], [32, 'complex128'], [40, 'complex128'], [50, 'complex128'], [53, 'complex128'], [60, 'complex128'], [33, 'complex64'], [60, 'complex64']],
      'JavaScript\'s 1 << n works on 32-bit integers (1 << 31 is negative, 1 << 32 is 1); 2 ** n is exact.'))
      ?? pass('40 qubits → 17,592,186,044,416 bytes (about 17.6 TB), 50 → 16 PiB, 53 → about 144 PB, exactly.');
  },
};

const maxFits: Check<MemoryWallModule> = {
  id: 'max-fits',
  title: 'The most qubits a budget holds, at and around the limits',
  points: 2,
  async run(m) {
    const GiB = 2 ** 30;
    return (await maxCases(m, [
      [16 * GiB, 'complex128', '16 GiB'],
      [16 * GiB - 1, 'complex128', '16 GiB − 1 byte'],
      [80e9, 'complex128', '80 GB (one large GPU)'],
      [80e9, 'complex64', '80 GB'],
      [16, 'complex128', '16 bytes'],
      [15, 'complex128', '15 bytes'],
      [0, 'complex128', '0 bytes'],
      [8, 'complex64', '8 bytes'],
      [7, 'complex64', '7 bytes'],
    ], 'A state that uses the whole budget exactly still fits (≤, not <); below one amplitude the answer is −1.'))
      ?? pass('16 GiB holds 30 qubits, one byte less 29; 80 GB holds 32 (complex128) or 33 (complex64).');
  },
};

const maxExact: Check<MemoryWallModule> = {
  id: 'max-exact',
  title: 'Exact just below every power of two, up to 2^80 bytes',
  points: 1,
  requires: ['max-fits'],
  async run(m) {
    const cases: [number, Precision, string][] = [];
    for (const p of ['complex128', 'complex64'] as const) {
      for (let n = 1; n <= 60; n++) {
        const x = Number(exactBytes(n, p));
        cases.push([x, p, `2^${Math.log2(x)} bytes`], [justBelow(x), p, `${digits(justBelow(x))} bytes (just below 2^${Math.log2(x)})`]);
      }
    }
    cases.push([2 ** 80, 'complex128', '2^80 bytes']);
    return (await maxCases(m, cases, 'Math.log2 rounds to the nearest double, so just below a power of two it can return the power itself: compare 2 ** n × bytes with the budget instead, which is exact.'))
      ?? pass('Exact at every power of two from 2^4 to 2^80 bytes and at the largest whole number below each.');
  },
};

export const grader: Grader<MemoryWallModule> = { exerciseId: '10-memory-wall', checks: [table, precision, largeN, maxFits, maxExact] };
