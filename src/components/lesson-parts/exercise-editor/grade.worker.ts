/// <reference lib="webworker" />
// Grades the learner's file off the page, with the same checks as `npm run grade`. This worker is the harness: it
// compiles the file and runs every check, but never runs learner code. That runs in the sandbox frame the page
// created (an opaque origin with no network), one fresh worker per check, reached through the port sent with the
// request (src/lib/exercises/sandbox/browser). One grading worker per run, so each run starts clean.
import runtime from 'virtual:sandbox-worker-runtime';
import { runChecks } from '../../../lib/exercises/types';
import { compileForSandbox } from '../../../lib/exercises/sandbox/open-learner';
import { openRemote } from '../../../lib/exercises/sandbox/remote-learner';
import { frameSessions } from '../../../lib/exercises/sandbox/browser/frame-transport';
import { browserExercise } from './graders';
import type { GradeReply, GradeRequest } from './protocol';

const post = (m: GradeReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<GradeRequest>) => {
  const { exerciseId, fileName, source } = e.data;
  const port = e.ports[0];
  const exercise = await browserExercise(exerciseId).catch(() => undefined);
  if (!exercise || !port) return post({ type: 'load-error', message: `No grader for exercise ${exerciseId}.`, line: null });
  const load = compileForSandbox(fileName, source, exercise.helpers);
  if (!('op' in load)) return post({ type: 'load-error', message: load.failure.message, line: load.failure.line });
  const session = frameSessions(port, runtime);
  const outcome = await runChecks(exercise.grader, () => openRemote(session(load), load));
  if (outcome.loadError) return post({ type: 'load-error', message: `${fileName} could not be loaded: ${outcome.loadError}`, line: outcome.loadLine ?? null });
  post({ type: 'graded', results: outcome.results, score: outcome.score, max: outcome.max });
};
