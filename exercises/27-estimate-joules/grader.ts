/**
 * Grader for exercise 27 (the joules of an estimate). Expected energies are built from the idle and active energies
 * taken separately in kJ, and kWh from kW × hours, a different route from seconds × total watts. Nothing random reaches
 * the learner: runs are drawn here from a fixed seed.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface QuantumRun { seconds: number; idleKw: number; activeKw: number }
interface ClassicalRun { seconds: number; watts: number }
type Field = 'quantumJoules' | 'quantumKWh' | 'classicalJoules' | 'ratio';
export interface EstimateJoulesModule {
  estimateEnergy(quantum: QuantumRun, classical: ClassicalRun): Promise<unknown>;
}

const REL = 1e-9;
const FIELDS: Field[] = ['quantumJoules', 'quantumKWh', 'classicalJoules', 'ratio'];

function expected(q: QuantumRun, c: ClassicalRun): Record<Field, number> {
  const kJ = q.idleKw * q.seconds + q.activeKw * q.seconds;
  const kWh = (q.idleKw + q.activeKw) * (q.seconds / 3600);
  const classicalJoules = c.watts * c.seconds;
  return { quantumJoules: kJ * 1000, quantumKWh: kWh, classicalJoules, ratio: (kJ * 1000) / classicalJoules };
}

async function read(m: EstimateJoulesModule, q: QuantumRun, c: ClassicalRun): Promise<Record<Field, number> | CheckResult> {
  const v = await m.estimateEnergy({ ...q }, { ...c });
  if (typeof v !== 'object' || v === null) return fail('estimateEnergy should return an object { quantumJoules, quantumKWh, classicalJoules, ratio }.', '{ quantumJoules, quantumKWh, classicalJoules, ratio }', show(v));
  const out = {} as Record<Field, number>;
  for (const f of FIELDS) {
    const x = finiteNumber((v as Record<string, unknown>)[f], `The returned ${f}`);
    if (isResult(x)) return x;
    out[f] = x;
  }
  return out;
}

const describe = (q: QuantumRun, c: ClassicalRun) =>
  `quantum ${show(q.seconds)} s at ${show(q.idleKw)} kW idle + ${show(q.activeKw)} kW active, classical ${show(c.seconds)} s at ${show(c.watts)} W`;

/** Compares the named fields on every case; the first one off by more than a relative REL fails with `hint`. */
async function compare(m: EstimateJoulesModule, cases: [QuantumRun, ClassicalRun][], fields: Field[], hint: string): Promise<CheckResult | null> {
  for (const [q, c] of cases) {
    const got = await read(m, q, c);
    if (isResult(got)) return got;
    const want = expected(q, c);
    for (const f of fields) {
      if (!(Math.abs(got[f] - want[f]) <= REL * Math.max(Math.abs(want[f]), 1e-300))) {
        return fail(`With ${describe(q, c)}, ${f} is wrong. ${hint}`, show(want[f], 8), show(got[f], 8));
      }
    }
  }
  return null;
}

const LAPTOP: ClassicalRun = { seconds: 1.6e-4, watts: 28 };

const kilowatts: Check<EstimateJoulesModule> = {
  id: 'kilowatts',
  title: 'Kilowatts become watts before multiplying by seconds',
  points: 1,
  async run(m) {
    return (await compare(m, [[{ seconds: 10, idleKw: 0, activeKw: 2 }, LAPTOP], [{ seconds: 1.6, idleKw: 0, activeKw: 25 }, LAPTOP]], ['quantumJoules'], '1 kW = 1000 W, and W × s = J: 2 kW for 10 s is 20,000 J.'))
      ?? pass('2 kW for 10 s is 20 kJ.');
  },
};

const idlePower: Check<EstimateJoulesModule> = {
  id: 'idle-power',
  title: 'The idle power (the cryostat) counts for the whole run',
  points: 1,
  async run(m) {
    return (await compare(m, [[{ seconds: 10, idleKw: 20, activeKw: 5 }, LAPTOP], [{ seconds: 27.05, idleKw: 15, activeKw: 0 }, LAPTOP]], ['quantumJoules'], 'The refrigerator does not switch off while the shots run: the machine draws idleKw + activeKw for the whole time.'))
      ?? pass('Idle and active power both count: 25 kW for 10 s is 250 kJ.');
  },
};

const kwh: Check<EstimateJoulesModule> = {
  id: 'kwh',
  title: 'Kilowatt-hours: 1 kWh = 3.6 × 10⁶ J',
  points: 1,
  requires: ['kilowatts'],
  async run(m) {
    return (await compare(m, [[{ seconds: 3600, idleKw: 1, activeKw: 0 }, LAPTOP], [{ seconds: 27.0528, idleKw: 10, activeKw: 15 }, LAPTOP]], ['quantumKWh'], 'A kWh is 1000 W for 3600 s, so divide joules by 3.6e6 (dividing by 3600 gives watt-hours).'))
      ?? pass('1 kW for an hour is 1 kWh; the lesson\'s 27 s at 25 kW is 0.188 kWh.');
  },
};

const classical: Check<EstimateJoulesModule> = {
  id: 'classical',
  title: 'The classical energy and the ratio quantum / classical',
  points: 1,
  async run(m) {
    return (await compare(m, [[{ seconds: 27.0528, idleKw: 10, activeKw: 15 }, LAPTOP], [{ seconds: 2, idleKw: 0.5, activeKw: 0.5 }, { seconds: 1, watts: 400 }]], ['classicalJoules', 'ratio'], 'classicalJoules = seconds × watts (already in W); ratio = quantumJoules / classicalJoules, how many times more the quantum computer uses.'))
      ?? pass('The lesson\'s example: 4.48 mJ on the laptop, a ratio of about 1.5 × 10⁸.');
  },
};

const sweep: Check<EstimateJoulesModule> = {
  id: 'random-runs',
  title: 'Random runs, zero device time included',
  points: 2,
  requires: ['kilowatts', 'idle-power'],
  async run(m) {
    const rng = mulberry32(77);
    const cases: [QuantumRun, ClassicalRun][] = [[{ seconds: 0, idleKw: 15, activeKw: 10 }, LAPTOP]];
    for (let k = 0; k < 20; k++) {
      const total = uniformIn(rng, 15, 25);
      const idle = uniformIn(rng, 0, total);
      cases.push([{ seconds: 10 ** uniformIn(rng, -3, 5), idleKw: idle, activeKw: total - idle }, { seconds: 10 ** uniformIn(rng, -5, 3), watts: uniformIn(rng, 5, 700) }]);
    }
    return (await compare(m, cases, FIELDS, 'Joules = s × (idle + active) kW × 1000; kWh = J / 3.6e6; classical J = s × W; ratio = quantum / classical.'))
      ?? pass('21 runs match in joules, kWh and ratio.');
  },
};

export const grader: Grader<EstimateJoulesModule> = { exerciseId: '27-estimate-joules', checks: [kilowatts, idlePower, kwh, classical, sweep] };
