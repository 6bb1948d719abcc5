// Grades one learner's file for one exercise: the harness (this process) reads and compiles the file, runs every
// check of the exercise's grader here, and sends each call to learner code into a confined process of its own
// (sandbox/confined-transport.ts). Learner code never runs in this process, never sees the project, `solutions/`
// or a classmate's files, and cannot touch the verdict.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExerciseMeta } from '../../src/lib/exercises/schema';
import { runChecks, type GradedCheck, type Grader } from '../../src/lib/exercises/types';
import { compileForSandbox, sandboxOpener } from '../../src/lib/exercises/sandbox/open-learner';
import { confinedTransport } from './sandbox/confined-transport';
import type { Limits } from './sandbox/confinement';

/** A learner's file larger than this is not an exercise answer. */
export const MAX_SOURCE_BYTES = 512 * 1024;

export interface SubmissionOutcome {
  id: string;
  results?: GradedCheck[];
  score?: number;
  max?: number;
  loadError?: string;
  missing?: string;
  /** Some check was stopped for time. */
  timedOut?: boolean;
}

/** The learner's file as text, or why it cannot be graded. Links are refused: they could point anywhere. */
function readSubmission(root: string, id: string, file: string, shown: string): { source: string } | { missing: string } | { loadError: string } {
  const path = join(root, id, file);
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return { missing: `${shown} is missing` };
  }
  if (!st.isFile()) return { loadError: `${shown} is ${st.isSymbolicLink() ? 'a link' : 'not a plain file'}; only a plain file is graded` };
  const real = realpathSync(path);
  if (!real.startsWith(realpathSync(root) + sep)) return { loadError: `${shown} lies outside the submission; it was not graded` };
  if (st.size > MAX_SOURCE_BYTES) return { loadError: `${shown} is ${st.size} bytes, more than the ${MAX_SOURCE_BYTES}-byte limit for one exercise file` };
  const source = readFileSync(path, 'utf8');
  if (source.includes('\0')) return { loadError: `${shown} holds a NUL byte: it is not a text file` };
  return { source };
}

export async function gradeSubmission(meta: ExerciseMeta, grader: Grader<never>, root: string, limits: Limits, shownRoot = relative(process.cwd(), root) || '.'): Promise<SubmissionOutcome> {
  const file = meta.files[0]!;
  const shown = join(shownRoot, meta.id, file);
  const read = readSubmission(root, meta.id, file, shown);
  if (!('source' in read)) return { id: meta.id, ...read };
  // The course's own helper files, never the learner's copies of them.
  const helpers = meta.helpers.map((h) => ({ path: `./${h.replace(/\.ts$/, '')}`, fileName: h, source: readFileSync(join('exercises', meta.id, h), 'utf8') }));
  const load = compileForSandbox(file, read.source, helpers);
  const outcome = await runChecks(grader, sandboxOpener(load, () => confinedTransport(limits)));
  if (outcome.loadError) return { id: meta.id, loadError: `${shown} could not be loaded: ${outcome.loadError}` };
  return { id: meta.id, results: outcome.results, score: outcome.score, max: outcome.max, timedOut: outcome.results.some((r) => r.stopped === 'cpu' || r.stopped === 'wall') };
}
