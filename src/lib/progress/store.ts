/**
 * Saved progress: which lessons a learner has opened and which exercises they have passed, kept in localStorage.
 *
 * localStorage is shared with anything else that ever ran on the same origin (another course, an old version of this
 * one, a browser extension), so the blob is validated on every load. A corrupted or foreign blob is never trusted and
 * never thrown on: the learner gets a clean default, and the bad blob is copied to a backup key first so that nothing
 * is silently lost (someone can still rescue it by hand from the browser's dev tools).
 *
 * zod/mini rather than full zod: this module ships to the browser on every page, and mini tree-shakes to a few KB.
 */
import * as z from 'zod/mini';
import { loadSalvaging, type KeyValueStore } from '../storage/load-salvaging';

export const PROGRESS_KEY = 'qgen-progress';
/** Holds the most recent blob that failed validation. */
export const PROGRESS_BACKUP_KEY = 'qgen-progress-backup';

const exerciseResultSchema = z.object({
  /** Points the grader gave. */
  score: z.number().check(z.gte(0)),
  /** Points available. */
  max: z.number().check(z.gt(0)),
  /** When the result was recorded, as an ISO 8601 timestamp. */
  at: z.iso.datetime(),
});

export const progressSchema = z.object({
  /** Format version. Any other version is treated as foreign rather than guessed at. */
  version: z.literal(1),
  /** Slugs of the lessons the learner has opened (the URL part after /lessons/). */
  visitedLessons: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
  /** The best passing result per exercise id (e.g. "01-sampler"). */
  passedExercises: z.record(z.string().check(z.maxLength(100)), exerciseResultSchema),
});
export type Progress = z.infer<typeof progressSchema>;
export type ExerciseResult = z.infer<typeof exerciseResultSchema>;

export type { KeyValueStore } from '../storage/load-salvaging';

export interface LoadResult {
  progress: Progress;
  /** True when a stored blob was unreadable or foreign: it was moved to PROGRESS_BACKUP_KEY and a default used. */
  recovered: boolean;
}

export function emptyProgress(): Progress {
  return { version: 1, visitedLessons: [], passedExercises: {} };
}

/**
 * The browser's localStorage, or undefined where it does not exist (server rendering) or merely touching it throws
 * (some privacy settings and sandboxed iframes raise SecurityError on access).
 */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadProgress(store: KeyValueStore | undefined = browserStore()): LoadResult {
  const { value, recovered } = loadSalvaging(store, {
    key: PROGRESS_KEY,
    backupKey: PROGRESS_BACKUP_KEY,
    schema: progressSchema,
    empty: emptyProgress,
    salvage,
  });
  return { progress: value, recovered };
}

/**
 * What can be kept of a blob that failed validation, field by field: every lesson slug and every exercise result
 * that is valid on its own. One bad entry costs that entry, not the learner's whole record.
 */
export function salvage(data: unknown): Progress {
  const out = emptyProgress();
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return out;
  const d = data as { visitedLessons?: unknown; passedExercises?: unknown };
  if (Array.isArray(d.visitedLessons)) {
    out.visitedLessons = [...new Set(d.visitedLessons.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 200))].slice(0, 500);
  }
  if (typeof d.passedExercises === 'object' && d.passedExercises !== null && !Array.isArray(d.passedExercises)) {
    for (const [id, r] of Object.entries(d.passedExercises)) {
      const ok = id.length <= 100 && exerciseResultSchema.safeParse(r);
      if (ok && ok.success) out.passedExercises[id] = ok.data;
    }
  }
  return progressSchema.safeParse(out).success ? out : emptyProgress();
}

/** Validates before writing, so this module never stores a blob it would itself refuse to load. */
export function saveProgress(store: KeyValueStore | undefined, progress: Progress): boolean {
  if (!store) return false;
  const parsed = progressSchema.safeParse(progress);
  if (!parsed.success) return false;
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(parsed.data));
    return true;
  } catch {
    return false;
  }
}

export function markLessonVisited(store: KeyValueStore | undefined, slug: string): Progress {
  const { progress } = loadProgress(store);
  if (!progress.visitedLessons.includes(slug)) {
    progress.visitedLessons.push(slug);
    saveProgress(store, progress);
  }
  return progress;
}

/**
 * Records a passing result, keeping the best one seen: re-running a grader after a worse attempt should not take a
 * learner's earlier success away.
 */
export function recordExercisePassed(
  store: KeyValueStore | undefined,
  exerciseId: string,
  score: number,
  max: number,
  now: Date = new Date(),
): Progress {
  const { progress } = loadProgress(store);
  const previous = progress.passedExercises[exerciseId];
  if (!previous || score / max >= previous.score / previous.max) {
    progress.passedExercises[exerciseId] = { score, max, at: now.toISOString() };
    saveProgress(store, progress);
  }
  return progress;
}
