/**
 * A learner's whole record in one file: lessons opened, exercises passed and review cards, exported to JSON and
 * imported back (another browser, a new laptop). An import is validated in full before anything is written, and it
 * merges rather than replaces, so importing an old file never takes away what this browser has since: lessons are
 * united, each exercise keeps its better result, each card the one reviewed last.
 */
import * as z from 'zod/mini';
import { emptyProgress, progressSchema, type Progress } from './store';
import { reviewSchema, emptyReview, type Review } from '../review/cards';

export const PROGRESS_FORMAT = 'qgen-progress';

const fileSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  progress: progressSchema,
  review: reviewSchema,
});
export type ProgressFile = z.infer<typeof fileSchema>;

export function exportProgress(progress: Progress, review: Review, now = new Date()): string {
  const file: ProgressFile = { format: PROGRESS_FORMAT, version: 1, exportedAt: now.toISOString(), progress, review };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ProgressImport = { ok: true; file: ProgressFile } | { ok: false; message: string };

/** Reads an export; every refusal says why and that nothing was changed (the caller writes only on ok). */
export function readProgressFile(text: string): ProgressImport {
  const refuse = (why: string): ProgressImport => ({ ok: false, message: `${why} Nothing was changed.` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not readable JSON (it may be damaged, or not a progress export from this course).');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return refuse('This file is not a progress export from this course (an exercise export is imported on its exercise).');
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return refuse('This progress export is damaged or from a newer version of the course.');
  return { ok: true, file: parsed.data };
}

const share = (r: { score: number; max: number }) => r.score / r.max;
const reviewedAt = (c: { last_review?: string }) => (c.last_review ? Date.parse(c.last_review) : -Infinity);

/** This browser's record and an imported one together, losing nothing of either. */
export function mergeProgress(mine: { progress: Progress; review: Review }, theirs: { progress: Progress; review: Review }): { progress: Progress; review: Review } {
  const progress = emptyProgress();
  progress.visitedLessons = [...new Set([...mine.progress.visitedLessons, ...theirs.progress.visitedLessons])];
  progress.passedExercises = { ...mine.progress.passedExercises };
  for (const [id, r] of Object.entries(theirs.progress.passedExercises)) {
    const have = progress.passedExercises[id];
    if (!have || share(r) > share(have)) progress.passedExercises[id] = r;
  }
  const review = emptyReview();
  review.cards = { ...mine.review.cards };
  for (const [id, c] of Object.entries(theirs.review.cards)) {
    const have = review.cards[id];
    if (!have || reviewedAt(c) > reviewedAt(have)) review.cards[id] = c;
  }
  return { progress, review };
}
