/**
 * What a grader is made of. Checks receive the learner's module and return a result a learner can act on.
 * Nothing here uses a Node-only API, so the same checks can run in vitest, in `npm run grade` and in a browser worker.
 */
import { learnerLine } from './learner-line';

export interface CheckResult {
  pass: boolean;
  /** One or two sentences for the learner: what was tested and what went wrong. */
  message: string;
  /** The value the check wanted, written out. */
  expected?: string;
  /** The value the learner's code produced, written out. */
  actual?: string;
}

export interface Check<M> {
  /** Stable id, used by tests and by the JSON results. */
  id: string;
  /** Short title shown beside PASS or FAIL. */
  title: string;
  points: number;
  run(impl: M): CheckResult | Promise<CheckResult>;
}

export interface Grader<M> {
  exerciseId: string;
  checks: Check<M>[];
}

export interface GradedCheck extends CheckResult {
  id: string;
  title: string;
  points: number;
  earned: number;
}

/** Runs every check; a check whose code (or the learner's) throws becomes a failed check, never a crash. */
export async function runChecks<M>(grader: Grader<M>, impl: M): Promise<{ results: GradedCheck[]; score: number; max: number }> {
  const results: GradedCheck[] = [];
  for (const c of grader.checks) {
    let r: CheckResult;
    try {
      r = await c.run(impl);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      const line = learnerLine(err);
      r = { pass: false, message: `Your code threw an error${line ? ` at line ${line}` : ''}: ${err.name}: ${err.message}` };
    }
    results.push({ ...r, id: c.id, title: c.title, points: c.points, earned: r.pass ? c.points : 0 });
  }
  return { results, score: results.reduce((a, r) => a + r.earned, 0), max: results.reduce((a, r) => a + r.points, 0) };
}
