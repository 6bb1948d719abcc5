/**
 * Grader for exercise 39 (physical qubits). The count is the planner's (src/lib/hardware/error-correction.ts, read,
 * not imported): a rotated surface code of distance d has d² data qubits and d² − 1 measure qubits. The grader counts
 * them on the grid itself, data qubits at the d × d sites and measure qubits at the (d − 1)² inner plaquettes plus
 * 2(d − 1) half-plaquettes on the boundary, a different route to the same numbers.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn } from '../../src/lib/exercises/grading/prng';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';
import { LearnerError } from '../../src/lib/exercises/sandbox/remote-learner';

interface QubitCount { data: number; measure: number; total: number }
export interface PhysicalQubitsModule {
  physicalQubits(logical: number, d: number): Promise<unknown>;
}

function perCode(d: number): QubitCount {
  const data = d * d;
  const measure = (d - 1) ** 2 + 2 * (d - 1);
  return { data, measure, total: data + measure };
}
const expected = (logical: number, d: number): QubitCount => {
  const one = perCode(d);
  return { data: logical * one.data, measure: logical * one.measure, total: logical * one.total };
};

function readCount(v: unknown): QubitCount | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('physicalQubits should return { data, measure, total }.', '{ data, measure, total }', show(v));
  const c = v as QubitCount;
  for (const key of ['data', 'measure', 'total'] as const) {
    if (typeof c[key] !== 'number' || !Number.isFinite(c[key])) return fail(`The returned ${key} should be a whole number.`, 'a whole number', show(c[key]));
  }
  return c;
}

async function compareOn(m: PhysicalQubitsModule, cases: [number, number, string][], fields: (keyof QubitCount)[]): Promise<CheckResult | null> {
  for (const [logical, d, why] of cases) {
    const got = readCount(await m.physicalQubits(logical, d));
    if ('pass' in got) return got;
    const want = expected(logical, d);
    for (const f of fields) {
      if (got[f] !== want[f]) return fail(`${logical} logical qubit${logical > 1 ? 's' : ''} at distance ${d}: ${f} should be ${want[f].toLocaleString('en')}. ${why}`, `${f} = ${want[f]}`, `${f} = ${show(got[f], 12)}`);
    }
  }
  return null;
}

const distance7: Check<PhysicalQubitsModule> = {
  id: 'distance-7',
  title: 'One logical qubit at d = 7: 49 + 48 = 97',
  points: 1,
  async run(m) {
    return (await compareOn(m, [[1, 7, 'A rotated distance-7 code has a 7 × 7 grid of data qubits and 7² − 1 = 48 measure qubits; the total is 2d² − 1.']], ['data', 'measure', 'total']))
      ?? pass('One distance-7 logical qubit takes 49 data and 48 measure qubits, 97 in all (Willow used 101, with extras).');
  },
};

const measureQubits: Check<PhysicalQubitsModule> = {
  id: 'measure-qubits',
  title: 'd² − 1 measure qubits per code',
  points: 1,
  async run(m) {
    const why = 'Each code has one measure qubit per check, d² − 1 of them: one fewer than its data qubits.';
    return (await compareOn(m, [[1, 3, why], [1, 5, why], [1, 35, why]], ['measure', 'total'])) ?? pass('A distance-d code has d² − 1 measure qubits: 8 at d = 3, 24 at d = 5.');
  },
};

const manyLogical: Check<PhysicalQubitsModule> = {
  id: 'many-logical',
  title: 'L logical qubits take L codes',
  points: 1,
  async run(m) {
    const why = 'Every logical qubit is its own code, so each count is L times the count for one.';
    return (await compareOn(m, [[2, 3, why], [784, 35, why], [10_000, 55, why]], ['data', 'measure', 'total']))
      ?? pass('784 logical qubits at d = 35 take 1,920,016 physical qubits, as the planner shows for the image model.');
  },
};

const randomSizes: Check<PhysicalQubitsModule> = {
  id: 'random-sizes',
  title: 'Random sizes: up to 10⁷ logical qubits, d up to 1001',
  points: 2,
  async run(m) {
    const rng = mulberry32(39);
    const cases: [number, number, string][] = Array.from({ length: 50 }, () => [intIn(rng, 1, 10_000_000), 2 * intIn(rng, 1, 500) + 1, 'Per logical qubit: d² data + (d² − 1) measure.']);
    return (await compareOn(m, cases, ['data', 'measure', 'total'])) ?? pass('50 random sizes, counted exactly.');
  },
};

const invalidInput: Check<PhysicalQubitsModule> = {
  id: 'invalid-input',
  title: 'Even or too small distances and bad logical counts throw a RangeError',
  points: 1,
  requires: ['distance-7'],
  async run(m) {
    for (const [logical, d, what] of [[1, 4, 'd = 4 (even)'], [10, 8, 'd = 8 (even)'], [1, 1, 'd = 1'], [0, 7, 'zero logical qubits'], [2.5, 7, '2.5 logical qubits'], [1, 7.5, 'd = 7.5']] as [number, number, string][]) {
      try {
        const got = await m.physicalQubits(logical, d);
        return fail(`physicalQubits(${logical}, ${d}): ${what} is not a surface code the planner uses; throw a RangeError instead of counting.`, 'a RangeError', show(got));
      } catch (e) {
        if (!(e instanceof LearnerError)) throw e;
        if (e.failure.name !== 'RangeError') return fail(`physicalQubits(${logical}, ${d}) threw a ${e.failure.name}; the README asks for a RangeError for ${what}.`, 'RangeError', `${e.failure.name}: ${e.failure.message}`);
      }
    }
    return pass('Even distances, d = 1, zero or fractional logical qubits are refused with a RangeError.');
  },
};

export const grader: Grader<PhysicalQubitsModule> = { exerciseId: '39-physical-qubits', checks: [distance7, measureQubits, manyLogical, randomSizes, invalidInput] };
