/**
 * Grader for exercise 29 (T₁ and T₂ to channel strengths). Expected values come from the decay laws, not from 1/T_φ:
 * 1 − γ₁ = e^(−t/T₁) and (1 − γ₁)(1 − γ_φ) = e^(−2t/T₂) (the coherence after both channels, squared), solved for γ_φ
 * with expm1 so that short gates keep their digits. Nothing random reaches the learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { LearnerError } from '../../src/lib/exercises/sandbox/remote-learner';
import { mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface T1T2Module {
  relaxation(gateNs: number, t1Us: number, t2Us: number): Promise<unknown>;
}
type Field = 'gammaAmplitude' | 'gammaPhase';
interface Case { t: number; t1: number; t2: number }

const REL = 1e-9;
const ZERO = 1e-12;

function expected({ t, t1, t2 }: Case): Record<Field, number> {
  const us = t / 1000;
  return { gammaAmplitude: -Math.expm1(-us / t1), gammaPhase: -Math.expm1(-2 * us / t2 + us / t1) };
}
const describe = ({ t, t1, t2 }: Case) => `t = ${show(t)} ns, T₁ = ${show(t1)} µs, T₂ = ${show(t2)} µs`;

async function compare(m: T1T2Module, cases: Case[], fields: Field[], hint: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const v = await m.relaxation(c.t, c.t1, c.t2);
    if (typeof v !== 'object' || v === null) return fail('relaxation should return an object { gammaAmplitude, gammaPhase }.', '{ gammaAmplitude, gammaPhase }', show(v));
    const want = expected(c);
    for (const f of fields) {
      const got = finiteNumber((v as Record<string, unknown>)[f], `The returned ${f}`);
      if (isResult(got)) return got;
      const ok = Math.abs(want[f]) < ZERO ? Math.abs(got) < ZERO : Math.abs(got - want[f]) <= REL * Math.abs(want[f]);
      if (!ok) return fail(`With ${describe(c)}, ${f} is wrong. ${hint}`, show(want[f], 8), show(got, 8));
    }
  }
  return null;
}

const amplitude: Check<T1T2Module> = {
  id: 'amplitude-damping',
  title: 'γ₁ = 1 − e^(−t/T₁), also for waits as long as T₁',
  points: 1,
  async run(m) {
    const cases = [{ t: 100_000, t1: 100, t2: 100 }, { t: 300_000, t1: 100, t2: 150 }, { t: 0, t1: 50, t2: 60 }];
    return (await compare(m, cases, ['gammaAmplitude'], 'Relaxation is exponential: after t = T₁, a fraction e⁻¹ is still in |1⟩, so γ₁ = 1 − e⁻¹ ≈ 0.632, not 1; γ₁ never exceeds 1.'))
      ?? pass('After t = T₁, γ₁ = 1 − 1/e; after 3T₁, 1 − e⁻³.');
  },
};

const units: Check<T1T2Module> = {
  id: 'units',
  title: 'Gate times in ns against T₁, T₂ in µs',
  points: 1,
  async run(m) {
    // ibm_kingston and ibm_sherbrooke medians (lesson 8's table).
    const cases = [{ t: 68, t1: 283, t2: 144 }, { t: 533, t1: 278, t2: 170 }];
    return (await compare(m, cases, ['gammaAmplitude'], 'The gate time is in ns and T₁, T₂ in µs: divide the gate time by 1000 first. A 68 ns gate on a 283 µs qubit gives γ₁ ≈ 2.4e-4.'))
      ?? pass('A 68 ns gate on ibm_kingston: γ₁ ≈ 2.4e-4.');
  },
};

const dephasing: Check<T1T2Module> = {
  id: 'pure-dephasing',
  title: 'γ_φ from 1/T_φ = 1/T₂ − 1/(2T₁), in phase damping\'s convention',
  points: 2,
  async run(m) {
    const cases: Case[] = [{ t: 10_000, t1: 100, t2: 100 }, { t: 68, t1: 283, t2: 144 }];
    const rng = mulberry32(29);
    for (let k = 0; k < 20; k++) {
      const t1 = uniformIn(rng, 10, 500);
      cases.push({ t: uniformIn(rng, 10, 200_000), t1, t2: t1 * uniformIn(rng, 0.1, 1.9) });
    }
    return (await compare(m, cases, ['gammaPhase'], 'Relaxation already removes coherence at rate 1/(2T₁), so 1/T_φ = 1/T₂ − 1/(2T₁); phase damping keeps √(1 − γ_φ) of the coherence, so γ_φ = 1 − e^(−2t/T_φ). With T₁ = T₂ = 100 µs and t = 10 µs, γ_φ = 1 − e^(−0.1).'))
      ?? pass('With both channels the coherence decays as e^(−t/T₂): 22 cases match.');
  },
};

const limit: Check<T1T2Module> = {
  id: 't2-limit',
  title: 'T₂ = 2T₁ means no pure dephasing; t = 0 means no noise',
  points: 1,
  async run(m) {
    const cases = [{ t: 5000, t1: 100, t2: 200 }, { t: 68, t1: 283, t2: 566 }, { t: 0, t1: 283, t2: 144 }];
    return (await compare(m, cases, ['gammaAmplitude', 'gammaPhase'], 'At T₂ = 2T₁ relaxation explains all the dephasing: γ_φ = 0 (not an error). At t = 0 both strengths are 0.'))
      ?? pass('T₂ = 2T₁ gives γ_φ = 0, and a zero duration gives no noise.');
  },
};

const rejects: Check<T1T2Module> = {
  id: 'rejects-t2-above-2t1',
  title: 'T₂ > 2T₁ is refused with an error',
  points: 1,
  requires: ['pure-dephasing', 't2-limit'],
  async run(m) {
    for (const c of [{ t: 68, t1: 100, t2: 220 }, { t: 68, t1: 100, t2: 201 }]) {
      let v: unknown;
      try {
        v = await m.relaxation(c.t, c.t1, c.t2);
      } catch (e) {
        if (e instanceof LearnerError && e.failure.stage === 'run') continue;
        throw e;
      }
      return fail(`With ${describe(c)} the qubit is impossible: relaxation alone already limits T₂ to 2T₁ = ${2 * c.t1} µs. Throw an Error that says so instead of returning strengths.`, 'an error thrown', show(v));
    }
    return pass('T₂ = 2.2·T₁ and 2.01·T₁ are both refused.');
  },
};

export const grader: Grader<T1T2Module> = { exerciseId: '29-t1-t2-channels', checks: [amplitude, units, dephasing, limit, rejects] };
