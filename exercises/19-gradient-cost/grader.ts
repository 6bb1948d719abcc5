/**
 * Grader for exercise 19 (what one parameter-shift gradient costs). The expected counts come from listing the runs
 * the rule asks for (a +π/2 and a −π/2 circuit per parameter, one loss circuit when asked), and the expected time from
 * summing each circuit's own cost, not from the closed formula. Sweeps use fixed seeds; nothing random reaches the
 * learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Model { params: number; shots: number; includeLoss: boolean }
interface Device { shotsPerSecond: number; overheadPerCircuit: number }
export interface GradientCostModule {
  gradientCost(model: Model, device: Device): Promise<unknown>;
}

const REL = 1e-9;
const WILLOW: Device = { shotsPerSecond: 63_000, overheadPerCircuit: 0 };
const IBM: Device = { shotsPerSecond: 4_000, overheadPerCircuit: 0 };
const AQT: Device = { shotsPerSecond: 5.5, overheadPerCircuit: 0 };

/** The runs of one gradient as [shots of each circuit]; counted by the rule, one run at a time. */
function expected(model: Model, device: Device) {
  let circuits = 0;
  let shots = 0;
  let seconds = 0;
  const run = () => {
    circuits += 1;
    shots += model.shots;
    seconds += device.overheadPerCircuit + model.shots / device.shotsPerSecond;
  };
  for (let k = 0; k < model.params; k++) {
    run(); // θₖ + π/2
    run(); // θₖ − π/2
  }
  if (model.includeLoss) run();
  return { circuits, shots, seconds };
}

const describe = (m: Model, d: Device) =>
  `P = ${m.params}, N = ${m.shots}${m.includeLoss ? ', with the loss circuit' : ''}, ${d.shotsPerSecond} shots/s${d.overheadPerCircuit ? `, ${d.overheadPerCircuit} s overhead per circuit` : ''}`;

function read(v: unknown): { circuits: number; shots: number; seconds: number } | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('gradientCost should return an object { circuits, shots, seconds }.', '{ circuits, shots, seconds }', show(v));
  const o = v as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const k of ['circuits', 'shots', 'seconds']) {
    const x = finiteNumber(o[k], `The returned ${k}`);
    if (isResult(x)) return x;
    out[k] = x;
  }
  return out as { circuits: number; shots: number; seconds: number };
}

type Field = 'circuits' | 'shots' | 'seconds';
/** Compares the named fields over the cases; counts exactly, seconds to a relative REL. */
async function compare(m: GradientCostModule, cases: [Model, Device][], fields: Field[], why: Record<Field, string>): Promise<CheckResult | null> {
  for (const [model, device] of cases) {
    const got = read(await m.gradientCost(model, device));
    if (isResult(got)) return got;
    const want = expected(model, device);
    for (const f of fields) {
      const ok = f === 'seconds' ? Math.abs(got[f] - want[f]) <= REL * Math.abs(want[f]) : got[f] === want[f];
      if (!ok) return fail(`With ${describe(model, device)}: ${f} is wrong. ${why[f]}`, show(want[f], 12), show(got[f], 12));
    }
  }
  return null;
}

const WHY: Record<Field, string> = {
  circuits: 'Each parameter needs two circuits, at θₖ + π/2 and at θₖ − π/2, so 2P circuits (+1 for the loss).',
  shots: 'Every circuit, the loss circuit included, is run for N shots: shots = circuits × N.',
  seconds: 'Each circuit costs N ÷ shotsPerSecond seconds of shots plus its overhead once.',
};

function sweep(seed: number, includeLoss: boolean, withOverhead: boolean): [Model, Device][] {
  const rng = mulberry32(seed);
  return Array.from({ length: 25 }, () => [
    { params: intIn(rng, 1, 5000), shots: intIn(rng, 1, 100_000), includeLoss: includeLoss || rng() < 0.5 },
    { shotsPerSecond: 10 ** uniformIn(rng, 0, 5), overheadPerCircuit: withOverhead ? 10 ** uniformIn(rng, -4, 1) : 0 },
  ]);
}

const circuitsCheck: Check<GradientCostModule> = {
  id: 'circuits-per-gradient',
  title: 'Two circuits per parameter',
  points: 1,
  async run(m) {
    const cases: [Model, Device][] = [1, 3, 279, 1000].map((params) => [{ params, shots: 100, includeLoss: false }, IBM]);
    return (await compare(m, [...cases, ...sweep(3, false, false).map(([mo, d]): [Model, Device] => [{ ...mo, includeLoss: false }, d])], ['circuits'], WHY))
      ?? pass('2P circuits per gradient: one at +π/2 and one at −π/2 for every parameter.');
  },
};

const shotsCheck: Check<GradientCostModule> = {
  id: 'shots-per-gradient',
  title: '2·P·N shots per gradient',
  points: 1,
  async run(m) {
    const cases: [Model, Device][] = [
      [{ params: 279, shots: 2000, includeLoss: false }, WILLOW],
      [{ params: 100, shots: 1000, includeLoss: false }, IBM],
      [{ params: 1_000_000, shots: 10_000_000, includeLoss: false }, WILLOW],
    ];
    return (await compare(m, [...cases, ...sweep(5, false, false).map(([mo, d]): [Model, Device] => [{ ...mo, includeLoss: false }, d])], ['shots'], WHY))
      ?? pass('Liu & Wang\'s 279 parameters at N = 2000 take 1,116,000 shots per gradient.');
  },
};

const lossCheck: Check<GradientCostModule> = {
  id: 'loss-circuit',
  title: 'The loss is one more circuit of N shots',
  points: 1,
  async run(m) {
    const cases: [Model, Device][] = [
      [{ params: 279, shots: 2000, includeLoss: true }, WILLOW],
      [{ params: 1, shots: 1, includeLoss: true }, IBM],
      [{ params: 50, shots: 4096, includeLoss: true }, IBM],
    ];
    return (await compare(m, cases, ['circuits', 'shots'], { ...WHY, shots: 'The loss estimate is a whole circuit of N shots, not one measurement: shots = (2P + 1) × N.' }))
      ?? pass('With the loss, 2P + 1 circuits of N shots each: 1,118,000 shots for Liu & Wang\'s circuit.');
  },
};

const timeCheck: Check<GradientCostModule> = {
  id: 'device-time',
  title: 'Device time is shots over the shot rate',
  points: 1,
  async run(m) {
    const lw = { params: 279, shots: 2000, includeLoss: true };
    const cases: [Model, Device][] = [[lw, WILLOW], [lw, IBM], [lw, AQT], [{ params: 7, shots: 333, includeLoss: false }, { shotsPerSecond: 16, overheadPerCircuit: 0 }]];
    return (await compare(m, [...cases, ...sweep(7, false, false)], ['seconds'], { ...WHY, seconds: 'With no overhead the time is the total number of shots divided by the shot rate (a rate of shots, not of circuits).' }))
      ?? pass('1,118,000 shots take 17.7 s on Willow, 280 s at IBM\'s 4,000 shots/s and 2.4 days at 5.5 shots/s.');
  },
};

const overheadCheck: Check<GradientCostModule> = {
  id: 'circuit-overhead',
  title: 'The overhead is paid once per circuit',
  points: 2,
  requires: ['device-time'],
  async run(m) {
    const cases: [Model, Device][] = [
      [{ params: 10, shots: 1000, includeLoss: false }, { shotsPerSecond: 4000, overheadPerCircuit: 0.5 }],
      [{ params: 279, shots: 2000, includeLoss: true }, { shotsPerSecond: 63_000, overheadPerCircuit: 2 }],
    ];
    return (await compare(m, [...cases, ...sweep(11, false, true)], ['seconds'], { ...WHY, seconds: 'Each circuit costs N ÷ shotsPerSecond for its shots plus overheadPerCircuit once, not once per shot nor once per gradient: seconds = circuits × (N ÷ rate + overhead).' }))
      ?? pass('20 circuits of 1,000 shots at 4,000 shots/s with 0.5 s each: 20 × (0.25 + 0.5) = 15 s.');
  },
};

export const grader: Grader<GradientCostModule> = { exerciseId: '19-gradient-cost', checks: [circuitsCheck, shotsCheck, lossCheck, timeCheck, overheadCheck] };
