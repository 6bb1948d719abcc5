/**
 * Grader for exercise 28 (the joules of an exact simulation). Expected values are built in log₂ space, 2^(n + 5 +
 * log₂ gates − log₂ bytes/s), a different route from multiplying out 2 · 16 · 2ⁿ. Nothing random reaches the learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

type Field = 'bytesPerGate' | 'seconds' | 'joules';
export interface ClassicalJoulesModule {
  stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number): Promise<unknown>;
}
interface Case { n: number; gates: number; bw: number; watts: number }

const REL = 1e-9;

function expected({ n, gates, bw, watts }: Case): Record<Field, number> {
  const bytesPerGate = 2 ** (n + 5);
  const seconds = gates === 0 ? 0 : 2 ** (n + 5 + Math.log2(gates) - Math.log2(bw * 1e9));
  return { bytesPerGate, seconds, joules: seconds * watts };
}

async function compare(m: ClassicalJoulesModule, cases: Case[], fields: Field[], hint: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const v = await m.stateVectorCost(c.n, c.gates, c.bw, c.watts);
    if (typeof v !== 'object' || v === null) return fail('stateVectorCost should return an object { bytesPerGate, seconds, joules }.', '{ bytesPerGate, seconds, joules }', show(v));
    const want = expected(c);
    for (const f of fields) {
      const got = finiteNumber((v as Record<string, unknown>)[f], `The returned ${f}`);
      if (isResult(got)) return got;
      if (!(Math.abs(got - want[f]) <= REL * Math.abs(want[f]))) {
        return fail(`${c.n} qubits, ${c.gates} gate pass${c.gates === 1 ? '' : 'es'} at ${show(c.bw)} GB/s and ${show(c.watts)} W: ${f} is wrong. ${hint}`, show(want[f], 8), show(got, 8));
      }
    }
  }
  return null;
}

const bytesPerGate: Check<ClassicalJoulesModule> = {
  id: 'bytes-per-gate',
  title: 'A gate pass reads and writes all 2ⁿ amplitudes of 16 bytes',
  points: 2,
  async run(m) {
    const cases = [1, 4, 10, 20, 30].map((n) => ({ n, gates: 1, bw: 3350, watts: 700 }));
    return (await compare(m, cases, ['bytesPerGate'], 'Every one of the 2ⁿ amplitudes (16 bytes each) is read and written back: 2 × 16 × 2ⁿ bytes.'))
      ?? pass('One qubit: 64 bytes per gate; 30 qubits: 34.4 GB per gate.');
  },
};

const largeN: Check<ClassicalJoulesModule> = {
  id: 'large-n',
  title: 'Beyond 30 qubits (2ⁿ past 32-bit integers)',
  points: 1,
  requires: ['bytes-per-gate'],
  async run(m) {
    const cases = [31, 32, 40, 50].map((n) => ({ n, gates: 1, bw: 3350, watts: 700 }));
    return (await compare(m, cases, ['bytesPerGate'], 'From n = 31 on, 1 << n overflows JavaScript\'s 32-bit integers: use 2 ** n.'))
      ?? pass('40 qubits move 35 TB per gate; 50 qubits 36 PB.');
  },
};

const timeAndEnergy: Check<ClassicalJoulesModule> = {
  id: 'time-and-energy',
  title: 'Seconds from bytes and bandwidth, joules from seconds and power',
  points: 2,
  requires: ['bytes-per-gate'],
  async run(m) {
    const rng = mulberry32(28);
    const cases: Case[] = [{ n: 30, gates: 1, bw: 3350, watts: 700 }, { n: 20, gates: 1000, bw: 50, watts: 28 }];
    for (let k = 0; k < 20; k++) cases.push({ n: intIn(rng, 1, 30), gates: intIn(rng, 1, 1_000_000), bw: uniformIn(rng, 10, 5000), watts: uniformIn(rng, 10, 1000) });
    return (await compare(m, cases, ['seconds', 'joules'], 'seconds = gates × bytesPerGate / (bandwidthGBs × 1e9) (1 GB = 10⁹ bytes), joules = seconds × watts.'))
      ?? pass('The H100 example: 10.3 ms and 7.2 J per gate on 30 qubits; 20 random cases match.');
  },
};

const zeroGates: Check<ClassicalJoulesModule> = {
  id: 'zero-gates',
  title: 'No gates, no time and no energy',
  points: 1,
  requires: ['bytes-per-gate'],
  async run(m) {
    return (await compare(m, [{ n: 12, gates: 0, bw: 100, watts: 28 }], ['bytesPerGate', 'seconds', 'joules'], 'With 0 gates, seconds and joules are 0; bytesPerGate is still what one gate would move.'))
      ?? pass('Zero gates cost nothing.');
  },
};

export const grader: Grader<ClassicalJoulesModule> = { exerciseId: '28-classical-joules', checks: [bytesPerGate, largeN, timeAndEnergy, zeroGates] };
