/// <reference lib="webworker" />
// Grades the learner's file off the page: compile, load, run every check. A loop that never ends blocks only this
// worker, which the page terminates after GRADE_TIME_LIMIT_MS; one worker per run, so each run starts clean.
import { runChecks } from '../../../lib/exercises/types';
import { compileLearnerCode, evaluateModule } from '../../../lib/exercises/learner-module';
import { describeError, learnerLine } from '../../../lib/exercises/learner-line';
import { BROWSER_EXERCISES } from './graders';
import type { GradeReply, GradeRequest } from './protocol';

const post = (m: GradeReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<GradeRequest>) => {
  const { exerciseId, fileName, source } = e.data;
  const exercise = BROWSER_EXERCISES[exerciseId];
  if (!exercise) return post({ type: 'load-error', message: `No grader for exercise ${exerciseId}.`, line: null });
  const compiled = compileLearnerCode(source, fileName);
  if (!compiled.ok) return post({ type: 'load-error', message: compiled.message, line: compiled.line });
  let module: Record<string, unknown>;
  try {
    module = evaluateModule(compiled.code, exercise.helpers, fileName);
  } catch (err) {
    return post({ type: 'load-error', message: `${fileName} threw while loading: ${describeError(err)}`, line: learnerLine(err) });
  }
  const { results, score, max } = await runChecks(exercise.grader, module as never);
  post({ type: 'graded', results, score, max });
};
