/**
 * Grader for exercise 26 (the wall-clock time of an estimate). Expected times are summed circuit by circuit in
 * seconds, each circuit's shots times its per-shot time plus its own overhead, a different order from the one-product
 * formula a learner usually writes. Nothing random reaches the learner: jobs are drawn here from a fixed seed.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface PerShot { resetUs: number; circuitUs: number; readoutUs: number }
export interface ShotTimeModule {
  jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): Promise<unknown>;
}
interface Job { shots: number[]; perShot: PerShot; overheadMs: number; label: string }

const REL = 1e-9;

function expected({ shots, perShot, overheadMs }: Job): number {
  let s = 0;
  for (const n of shots) s += (n * (perShot.resetUs + perShot.circuitUs + perShot.readoutUs)) / 1e6 + overheadMs / 1e3;
  return s;
}
const describe = ({ shots, perShot: p, overheadMs }: Job) =>
  `shots ${show(shots)}, reset ${p.resetUs} µs + circuit ${p.circuitUs} µs + readout ${p.readoutUs} µs per shot, ${overheadMs} ms per circuit`;

/** The first job whose time is off by more than a relative REL, with what was wrong, or null. */
async function compare(m: ShotTimeModule, jobs: Job[], hint: string): Promise<CheckResult | null> {
  for (const job of jobs) {
    const got = finiteNumber(await m.jobSeconds(job.shots.slice(), { ...job.perShot }, job.overheadMs), 'jobSeconds');
    if (isResult(got)) return got;
    const want = expected(job);
    if (!(Math.abs(got - want) <= REL * Math.max(Math.abs(want), 1e-12))) {
      return fail(`${job.label} (${describe(job)}): the time is wrong. ${hint}`, `${show(want, 8)} s`, `${show(got, 8)} s`);
    }
  }
  return null;
}

const microseconds: Check<ShotTimeModule> = {
  id: 'microseconds',
  title: 'Per-shot times are in microseconds',
  points: 1,
  async run(m) {
    const jobs: Job[] = [
      { shots: [1000], perShot: { resetUs: 250, circuitUs: 0, readoutUs: 0 }, overheadMs: 0, label: '1,000 shots of 250 µs, no overhead' },
      { shots: [4000], perShot: { resetUs: 200, circuitUs: 10, readoutUs: 40 }, overheadMs: 0, label: '4,000 shots of 250 µs (IBM\'s ≈ 4,000 shots per second)' },
    ];
    return (await compare(m, jobs, '1 µs is 1e-6 s: 1,000 shots of 250 µs take 0.25 s.')) ?? pass('4,000 shots of 250 µs take one second, as the lesson\'s shot rate says.');
  },
};

const milliseconds: Check<ShotTimeModule> = {
  id: 'milliseconds',
  title: 'The overhead is in milliseconds',
  points: 1,
  async run(m) {
    const jobs: Job[] = [
      { shots: [1], perShot: { resetUs: 0, circuitUs: 0, readoutUs: 0 }, overheadMs: 500, label: 'One circuit with a 500 ms overhead and an instant shot' },
      { shots: [1], perShot: { resetUs: 0, circuitUs: 0, readoutUs: 0 }, overheadMs: 40, label: 'One circuit with a 40 ms overhead and an instant shot' },
    ];
    return (await compare(m, jobs, '1 ms is 1e-3 s: a 500 ms overhead adds 0.5 s.')) ?? pass('A 500 ms overhead adds half a second.');
  },
};

const perCircuit: Check<ShotTimeModule> = {
  id: 'overhead-per-circuit',
  title: 'The overhead is paid once per distinct circuit, not per shot or per job',
  points: 2,
  async run(m) {
    const ibm = { resetUs: 250, circuitUs: 1, readoutUs: 1.5 };
    const jobs: Job[] = [
      { shots: [100, 2000, 5], perShot: ibm, overheadMs: 300, label: 'Three circuits' },
      { shots: [51374, 51374], perShot: { resetUs: 250, circuitUs: 2, readoutUs: 1.56 }, overheadMs: 500, label: 'The lesson\'s two measurement groups' },
    ];
    return (await compare(m, jobs, 'Each circuit is compiled and loaded once, however many shots it gets: add overheadMs once per entry of shots.'))
      ?? pass('Three circuits pay three overheads; their shots pay the per-shot time.');
  },
};

const emptyJob: Check<ShotTimeModule> = {
  id: 'empty-job',
  title: 'An empty job takes no time',
  points: 1,
  async run(m) {
    return (await compare(m, [{ shots: [], perShot: { resetUs: 250, circuitUs: 2, readoutUs: 1.56 }, overheadMs: 500, label: 'No circuits at all' }], 'No circuit means no shot and no overhead: 0 s.'))
      ?? pass('No circuits, no time.');
  },
};

const randomJobs: Check<ShotTimeModule> = {
  id: 'random-jobs',
  title: 'Jobs from superconducting to trapped-ion timings',
  points: 2,
  requires: ['microseconds', 'milliseconds'],
  async run(m) {
    // Per-shot times up to 60 ms cover a 100-gate circuit on IonQ Aria (600 µs per two-qubit gate).
    const rng = mulberry32(2026);
    const jobs: Job[] = [];
    for (let k = 0; k < 20; k++) {
      const shots = Array.from({ length: intIn(rng, 1, 6) }, () => intIn(rng, 1, 1_000_000));
      const perShot = { resetUs: uniformIn(rng, 0, 1000), circuitUs: k % 4 === 0 ? uniformIn(rng, 1000, 60_000) : uniformIn(rng, 0, 20), readoutUs: uniformIn(rng, 0, 5) };
      jobs.push({ shots, perShot, overheadMs: uniformIn(rng, 0, 2000), label: `Random job ${k + 1}` });
    }
    return (await compare(m, jobs, 'seconds = Σ shots × per-shot µs × 1e-6 + circuits × overhead ms × 1e-3.')) ?? pass('20 random jobs match to a relative 1e-9.');
  },
};

export const grader: Grader<ShotTimeModule> = { exerciseId: '26-shot-time', checks: [microseconds, milliseconds, perCircuit, emptyJob, randomJobs] };
