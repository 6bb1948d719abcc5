/**
 * Grader for exercise 40 (logical run time). The model is the planner's (src/lib/hardware/error-correction.ts, read,
 * not imported): cycles = layers × d, runtime = cycles × cycle time. The grader works in hours per cycle first
 * (cycleUs / 3.6e9) and builds seconds from hours, a different order of operations from the learner's, and compares
 * in relative terms (1e-12), which is what separates a unit slip from rounding.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface RunTime { cycles: number; seconds: number; hours: number }
export interface RunTimeModule {
  runTime(layers: number, d: number, cycleUs: number): Promise<unknown>;
}

const REL = 1e-12;
function expected(layers: number, d: number, cycleUs: number): RunTime {
  const cycles = layers * d;
  const hours = cycles * (cycleUs / 3.6e9);
  return { cycles, seconds: hours * 3600, hours };
}

function readRunTime(v: unknown): RunTime | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('runTime should return { cycles, seconds, hours }.', '{ cycles, seconds, hours }', show(v));
  for (const key of ['cycles', 'seconds', 'hours'] as const) {
    const x = (v as RunTime)[key];
    if (typeof x !== 'number' || !Number.isFinite(x)) return fail(`The returned ${key} should be a finite number.`, 'a finite number', show(x));
  }
  return v as RunTime;
}

const hint: Record<keyof RunTime, string> = {
  cycles: 'Each logical layer takes d error-correction cycles, so cycles = layers × d.',
  seconds: 'A cycle of cycleUs microseconds lasts cycleUs × 10⁻⁶ seconds: seconds = cycles × cycleUs / 10⁶.',
  hours: 'An hour is 3600 seconds: hours = seconds / 3600.',
};

async function compareOn(m: RunTimeModule, cases: [number, number, number, string][], fields: (keyof RunTime)[]): Promise<CheckResult | null> {
  for (const [layers, d, cycleUs, label] of cases) {
    const got = readRunTime(await m.runTime(layers, d, cycleUs));
    if ('pass' in got) return got;
    const want = expected(layers, d, cycleUs);
    for (const f of fields) {
      const ok = f === 'cycles' ? got.cycles === want.cycles : Math.abs(got[f] - want[f]) <= REL * Math.abs(want[f]);
      if (!ok) {
        const ratio = got[f] / want[f];
        const off = Number.isFinite(ratio) && ratio > 0 && Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 1e-9 && Math.round(Math.log10(ratio)) !== 0
          ? ` It is off by a factor 10^${Math.round(Math.log10(ratio))}: a unit slip.`
          : Math.abs(ratio - 60) < 1e-9 ? ' It is 60 times too large: an hour has 3600 seconds, not 60.' : '';
        return fail(`${label} (${layers.toLocaleString('en')} layer${layers === 1 ? '' : 's'}, d = ${d}, ${show(cycleUs)} µs cycles): ${f} is wrong. ${hint[f]}${off}`, `${f} = ${show(want[f], 12)}`, `${f} = ${show(got[f], 12)}`);
      }
    }
  }
  return null;
}

const cycles: Check<RunTimeModule> = {
  id: 'cycles',
  title: 'd cycles per logical layer',
  points: 1,
  async run(m) {
    return (await compareOn(m, [[1, 3, 1, 'One layer at the smallest distance'], [100, 35, 1.1, 'The image model'], [41, 21, 1.1, 'The 3×3 Born machine']], ['cycles']))
      ?? pass('cycles = layers × d: 100 layers at d = 35 take 3,500 cycles.');
  },
};

const seconds: Check<RunTimeModule> = {
  id: 'seconds',
  title: 'Microseconds to seconds',
  points: 1,
  async run(m) {
    return (await compareOn(m, [[1, 3, 1, 'One layer at d = 3, 1 µs cycles'], [100, 35, 1.1, "The image model at Willow's 1.1 µs"], [1000, 25, 250, 'Slow 250 µs cycles']], ['cycles', 'seconds']))
      ?? pass("3,500 cycles of 1.1 µs take 3.85 ms: seconds = cycles × cycleUs / 10⁶.");
  },
};

const hours: Check<RunTimeModule> = {
  id: 'hours',
  title: 'Seconds to hours',
  points: 1,
  async run(m) {
    return (await compareOn(m, [[10_000, 55, 1.1, 'The large model'], [1e9, 55, 1.1, 'A billion layers'], [120_000, 3, 1e4, 'Exactly one hour of 10 ms cycles']], ['cycles', 'seconds', 'hours']))
      ?? pass('A billion layers at d = 55 and 1.1 µs take 60,500 s, about 16.8 hours.');
  },
};

const plannerPresets: Check<RunTimeModule> = {
  id: 'planner-presets',
  title: "The planner's three models at their distances",
  points: 1,
  async run(m) {
    return (await compareOn(m, [[41, 21, 1.1, "Liu & Wang's 3×3 Born machine"], [100, 35, 1.1, 'The 28×28-image model'], [10_000, 55, 1.1, 'The large model']], ['cycles', 'seconds', 'hours']))
      ?? pass('947 µs, 3.85 ms and 0.605 s: the run times the planner shows for its three models.');
  },
};

const randomRuns: Check<RunTimeModule> = {
  id: 'random-runs',
  title: 'Random layers, distances and cycle times',
  points: 2,
  async run(m) {
    const rng = mulberry32(40);
    const cases: [number, number, number, string][] = Array.from({ length: 60 }, (_, i) => [
      Math.round(10 ** uniformIn(rng, 0, 9)),
      2 * intIn(rng, 1, 500) + 1,
      10 ** uniformIn(rng, -1, 4),
      `Random run ${i + 1}`,
    ]);
    return (await compareOn(m, cases, ['cycles', 'seconds', 'hours'])) ?? pass('60 random runs, 1 to 10⁹ layers, d up to 1001, cycles of 0.1 µs to 10 ms.');
  },
};

export const grader: Grader<RunTimeModule> = { exerciseId: '40-logical-run-time', checks: [cycles, seconds, hours, plannerPresets, randomRuns] };
