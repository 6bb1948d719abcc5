/** Messages between the exercise editor and its grading worker. */
import type { GradedCheck } from '../../../lib/exercises/types';

/** Sent with a MessagePort to the sandbox frame, where the learner's code will run. */
export interface GradeRequest {
  type: 'grade';
  exerciseId: string;
  fileName: string;
  source: string;
}

export type GradeReply =
  | { type: 'graded'; results: GradedCheck[]; score: number; max: number }
  /** The file did not compile or load: nothing was graded. */
  | { type: 'load-error'; message: string; line: number | null };

/** Learner code that runs longer than this is stopped by removing the sandbox frame and the grading worker. */
export const GRADE_TIME_LIMIT_MS = 20_000;
