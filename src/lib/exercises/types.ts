/**
 * What a grader is made of, and how its checks are run. Checks receive the learner's module as async stand-ins
 * (sandbox/remote-learner.ts): learner code runs in a sandbox, the checks run outside it, and only the checks decide
 * pass or fail. Nothing here uses a Node-only API, so the same checks run in vitest, in `npm run grade` and in the
 * browser's grading worker.
 */
import { LearnerError, SandboxStopped, type RemoteModule, type RemoteSession } from './sandbox/remote-learner';

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
  /**
   * Checks that must pass before this one means anything (a speed is only worth measuring for a correct sampler).
   * If one failed, this check fails with "fix that first" instead of reporting a cause that is not the real one.
   */
  requires?: string[];
  run(impl: M): Promise<CheckResult>;
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
  /** Set when the sandbox was stopped during this check (time, memory, output) instead of answering. */
  stopped?: SandboxStopped['reason'];
}

export interface GradeOutcome {
  results: GradedCheck[];
  score: number;
  max: number;
  /** The file did not compile or load: no check ran. */
  loadError?: string;
  loadLine?: number | null;
}

/** Starts a fresh sandbox holding the learner's module; each check gets its own, so one cannot disturb the next. */
export type OpenLearner = () => Promise<RemoteSession>;

/** After this many checks in a row stop for time or memory, the rest are not run: a class run stays bounded. */
const STOPS_BEFORE_GIVING_UP = 2;

export const maxPoints = (grader: Grader<never> | Grader<unknown>) => (grader.checks as Check<unknown>[]).reduce((a, c) => a + c.points, 0);

/** A learner-facing sentence for something that went wrong while a check ran. */
export function describeCheckError(e: unknown): { message: string; stopped?: SandboxStopped['reason'] } {
  if (e instanceof SandboxStopped) return { message: e.message, stopped: e.reason };
  if (e instanceof LearnerError) {
    const f = e.failure;
    if (f.stage === 'result') return { message: `Your function returned something the check cannot read: ${f.message}.` };
    return { message: `Your code threw an error${f.line ? ` at line ${f.line}` : ''}: ${f.name}: ${f.message}` };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: `The check could not use what your code returned (${err.name}: ${err.message}). Check the return type the README asks for.` };
}

/** Runs every check, each against a fresh sandbox; whatever learner code does becomes a failed check, never a crash. */
export async function runChecks<M>(grader: Grader<M>, open: OpenLearner): Promise<GradeOutcome> {
  const max = grader.checks.reduce((a, c) => a + c.points, 0);
  let first: RemoteSession | null;
  try {
    first = await open();
  } catch (e) {
    const f = e instanceof LearnerError ? e.failure : null;
    const message = f
      ? f.stage === 'compile'
        ? f.message
        : `Your file threw while loading${f.line ? ` at line ${f.line}` : ''}: ${f.name}: ${f.message}`
      : describeCheckError(e).message;
    return { results: [], score: 0, max, loadError: message, loadLine: f?.line ?? null };
  }
  const results: GradedCheck[] = [];
  let stopsInARow = 0;
  for (const c of grader.checks) {
    let r: CheckResult & { stopped?: SandboxStopped['reason'] };
    const unmet = (c.requires ?? []).map((id) => results.find((x) => x.id === id)).filter((x) => x && !x.pass);
    if (unmet.length) {
      r = { pass: false, message: `Not graded yet: fix ${unmet.map((x) => `"${x!.title}"`).join(' and ')} first; this check builds on ${unmet.length > 1 ? 'them' : 'it'}.` };
    } else if (stopsInARow >= STOPS_BEFORE_GIVING_UP) {
      r = { pass: false, message: `Not run: the ${STOPS_BEFORE_GIVING_UP} checks before it were stopped, so this one would be too. Fix those first.` };
    } else {
      let session: RemoteSession | null = first;
      first = null;
      try {
        session ??= await open();
        r = await c.run(session.module as M);
        if (typeof r?.pass !== 'boolean' || typeof r.message !== 'string') throw new Error(`check ${c.id} returned no verdict`);
        r = { pass: r.pass, message: r.message, expected: r.expected, actual: r.actual };
      } catch (e) {
        r = { pass: false, ...describeCheckError(e) };
      } finally {
        session?.close();
      }
      stopsInARow = r.stopped === 'cpu' || r.stopped === 'wall' || r.stopped === 'memory' ? stopsInARow + 1 : 0;
    }
    results.push({ ...r, id: c.id, title: c.title, points: c.points, earned: r.pass ? c.points : 0 });
  }
  return { results, score: results.reduce((a, r) => a + r.earned, 0), max };
}

/**
 * Results that crossed from a worker or a child process, checked against the grader's own list before anyone shows
 * or records them: the same checks in the same order, the grader's titles and points, earned 0 or all of them.
 * Returns the cleaned results, or null if they are not a faithful report of this grader.
 */
export function validateResults(checks: readonly { id: string; title: string; points: number }[], raw: unknown): GradedCheck[] | null {
  if (!Array.isArray(raw) || raw.length !== checks.length) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2000) : undefined);
  const out: GradedCheck[] = [];
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]!;
    const r = raw[i] as Partial<GradedCheck> | null;
    if (typeof r !== 'object' || r === null || r.id !== c.id || typeof r.pass !== 'boolean' || typeof r.message !== 'string') return null;
    if (r.earned !== (r.pass ? c.points : 0)) return null;
    const stopped = ['cpu', 'wall', 'memory', 'output', 'crashed'].includes(r.stopped as string) ? r.stopped : undefined;
    out.push({ id: c.id, title: c.title, points: c.points, earned: r.pass ? c.points : 0, pass: r.pass, message: str(r.message)!, expected: str(r.expected), actual: str(r.actual), ...(stopped ? { stopped } : {}) });
  }
  return out;
}

export type { RemoteModule };
