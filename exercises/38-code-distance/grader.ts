/**
 * Grader for exercise 38 (code distance). The model is the planner's (src/lib/hardware/error-correction.ts, read, not
 * imported): ε_d = ε₇ / Λ^((d − 7)/2), odd d from 3 to 1001. The expected distance is found in closed form, the number
 * of steps of 2 beyond distance 7 being ⌈log(ε₇/target) / log Λ⌉, then settled against the model at the neighbouring
 * distances so rounding cannot move it. Random targets are kept away from the boundaries (relative gap > 1e-9), so a
 * learner's different but exact arithmetic cannot flip a result; boundaries are tested with powers of 2, which every
 * route computes exactly.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { close, fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface QecModel { errorAt7: number; lambda: number }
export interface CodeDistanceModule {
  logicalErrorPerCycle(d: number, qec: QecModel): Promise<unknown>;
  codeDistance(target: number, qec: QecModel): Promise<unknown>;
}

const WILLOW: QecModel = { errorAt7: 1.43e-3, lambda: 2.14 };
const MAX_D = 1001;
const eps = (d: number, q: QecModel) => q.errorAt7 / q.lambda ** ((d - 7) / 2);

function expectedDistance(target: number, q: QecModel): number | null {
  if (eps(3, q) <= target) return 3;
  if (q.lambda <= 1) return null;
  let d = Math.max(3, 7 + 2 * Math.ceil(Math.log(q.errorAt7 / target) / Math.log(q.lambda)));
  while (d > 3 && eps(d - 2, q) <= target) d -= 2;
  while (eps(d, q) > target) d += 2;
  return d <= MAX_D ? d : null;
}

const model = (q: QecModel) => `ε₇ = ${show(q.errorAt7)}, Λ = ${show(q.lambda)}`;

async function distanceCases(m: CodeDistanceModule, cases: [number, QecModel, string][]): Promise<CheckResult | null> {
  for (const [target, q, why] of cases) {
    const got = await m.codeDistance(target, q);
    const want = expectedDistance(target, q);
    if (got !== want) {
      const at = (d: unknown) => (typeof d === 'number' && Number.isInteger(d) && d >= 3 ? ` (ε at d = ${d} is ${show(eps(d, q), 4)})` : '');
      const text = (d: unknown) => (d === null ? 'null (no distance up to 1001)' : `${show(d)}${at(d)}`);
      return fail(`Target ${show(target)} per cycle with ${model(q)}: ${why}`, text(want), text(got));
    }
  }
  return null;
}

const errorModel: Check<CodeDistanceModule> = {
  id: 'error-model',
  title: 'ε_d = ε₇ / Λ^((d − 7)/2)',
  points: 1,
  async run(m) {
    for (const q of [WILLOW, { errorAt7: 3e-3, lambda: 4 }, { errorAt7: 1e-2, lambda: 1.3 }]) {
      for (const d of [3, 5, 7, 9, 11, 25, 101]) {
        const got = finiteNumber(await m.logicalErrorPerCycle(d, q), `logicalErrorPerCycle(${d})`);
        if (isResult(got)) return got;
        const want = eps(d, q);
        if (!close(got, want, 1e-12 * want)) {
          const hint = d === 7 ? 'At d = 7 it is ε₇ itself.' : 'Each step of 2 in distance divides the error by Λ once, so the exponent is (d − 7)/2.';
          return fail(`logicalErrorPerCycle(${d}) with ${model(q)}: ${hint}`, show(want, 10), show(got, 10));
        }
      }
    }
    return pass('ε_d matches the model at d = 3 … 101: Λ once per step of 2 in distance, ε₇ at d = 7.');
  },
};

const willow: Check<CodeDistanceModule> = {
  id: 'willow',
  title: "Willow's numbers: ε₇ = 0.143 %, Λ = 2.14",
  points: 2,
  async run(m) {
    const why = 'the answer is the smallest odd distance whose error per cycle is at most the target.';
    return (await distanceCases(m, [1e-3, 1e-4, 1e-6, 1e-9, 1e-12, 1e-15].map((t) => [t, WILLOW, why] as [number, QecModel, string])))
      ?? pass("With Willow's numbers: 10⁻³ needs d = 9, 10⁻⁶ d = 27, 10⁻¹² d = 63.");
  },
};

const oddDistances: Check<CodeDistanceModule> = {
  id: 'odd-distances',
  title: 'Only odd distances, on 80 random models and targets',
  points: 1,
  async run(m) {
    const rng = mulberry32(38);
    const cases: [number, QecModel, string][] = [];
    while (cases.length < 80) {
      const q = { errorAt7: 10 ** uniformIn(rng, -4, -2), lambda: uniformIn(rng, 1.2, 12) };
      const target = 10 ** uniformIn(rng, -16, -1);
      const d = expectedDistance(target, q);
      // Skip targets within a relative 1e-9 of an error the answer depends on (the answer's own or the one before).
      if (d !== null && [d, d - 2].some((k) => k >= 3 && Math.abs(eps(k, q) / target - 1) < 1e-9)) continue;
      cases.push([target, q, 'surface-code distances are odd; the answer is the smallest odd d from 3 up with ε_d ≤ target.']);
    }
    return (await distanceCases(m, cases)) ?? pass('80 random models and targets: always the smallest odd distance that meets the target.');
  },
};

const boundary: Check<CodeDistanceModule> = {
  id: 'boundary',
  title: 'An error equal to the target meets it',
  points: 1,
  async run(m) {
    const q = { errorAt7: 2 ** -10, lambda: 2 };
    const why = 'with Λ = 2 and ε₇ = 2⁻¹⁰ every ε_d is an exact power of 2, and this target equals one of them: ε_d ≤ target includes equality.';
    return (await distanceCases(m, [[2 ** -13, q, why], [2 ** -10, q, why], [2 ** -11, q, why], [4 ** -6, { errorAt7: 4 ** -3, lambda: 4 }, why]]))
      ?? pass('A distance whose error equals the target is enough.');
  },
};

const alreadyMet: Check<CodeDistanceModule> = {
  id: 'already-met',
  title: 'Loose targets: the smallest code, d = 3',
  points: 1,
  async run(m) {
    const why = 'the search starts at d = 3, the smallest distance the planner uses (ε₃ = ε₇·Λ²).';
    return (await distanceCases(m, [[0.01, WILLOW, why], [0.5, WILLOW, why], [0.0066, WILLOW, why], [0.0065, WILLOW, why], [0.2, { errorAt7: 0.01, lambda: 3 }, why]]))
      ?? pass('A target that d = 3 already meets gives 3 (ε₃ = 0.655 % with Willow\'s numbers).');
  },
};

const aboveThreshold: Check<CodeDistanceModule> = {
  id: 'above-threshold',
  title: 'Λ ≤ 1, or a target beyond d = 1001: null',
  points: 1,
  async run(m) {
    return (await distanceCases(m, [
      [1e-4, { errorAt7: 1.43e-3, lambda: 1 }, 'at Λ = 1 every distance has the same error, so none meets a smaller target: return null.'],
      [1e-4, { errorAt7: 1.43e-3, lambda: 0.7 }, 'at Λ < 1 (above threshold) a larger code has a larger error and d = 3 is not enough: return null.'],
      [1e-3, { errorAt7: 1.43e-3, lambda: 0.7 }, 'at Λ = 0.7 the smallest code has the smallest error, ε₃ = 7.0e-4, which already meets the target.'],
      [1e-15, { errorAt7: 1.43e-3, lambda: 1.01 }, 'Λ = 1.01 would need a distance above 1001, the largest the planner tries: return null.'],
      [1e-6, { errorAt7: 1.43e-3, lambda: 1.05 }, 'Λ = 1.05 is barely below threshold: a large distance, but under 1001.'],
    ])) ?? pass('No distance helps at Λ ≤ 1 (null), unless d = 3 is already enough; very small Λ − 1 needs huge codes.');
  },
};

export const grader: Grader<CodeDistanceModule> = { exerciseId: '38-code-distance', checks: [errorModel, willow, oddDistances, boundary, alreadyMet, aboveThreshold] };
