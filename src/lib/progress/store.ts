/**
 * Saved progress in localStorage. The blob is validated on every load: a corrupted or foreign one is never trusted
 * and never thrown on. It is moved to a backup key (so nothing is silently lost) and a clean default is used.
 */
import { z } from 'zod';

export const PROGRESS_KEY = 'qgen-progress';
export const PROGRESS_BACKUP_KEY = 'qgen-progress-backup';

export const progressSchema = z.object({
  /** Format version; a newer or older shape is treated as foreign rather than guessed at. */
  version: z.literal(1),
  /** Lesson slugs the learner has opened. */
  visitedLessons: z.array(z.string().max(200)).max(500),
  /** Best result per exercise id. */
  passedExercises: z.record(
    z.string().max(100),
    z.object({ score: z.number(), max: z.number(), at: z.string().max(40) }),
  ),
});
export type Progress = z.infer<typeof progressSchema>;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function emptyProgress(): Progress {
  return { version: 1, visitedLessons: [], passedExercises: {} };
}

export function loadProgress(store: KeyValueStore | undefined): { progress: Progress; recovered: boolean } {
  let raw: string | null = null;
  try {
    raw = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return { progress: emptyProgress(), recovered: false };
  }
  if (raw === null) return { progress: emptyProgress(), recovered: false };
  try {
    const parsed = progressSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { progress: parsed.data, recovered: false };
  } catch {
    // not JSON: falls through to the backup below
  }
  try {
    store?.setItem(PROGRESS_BACKUP_KEY, raw);
    store?.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
  } catch {
    // storage full or blocked: the default still works for this visit
  }
  return { progress: emptyProgress(), recovered: true };
}

export function saveProgress(store: KeyValueStore | undefined, progress: Progress): boolean {
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(progressSchema.parse(progress)));
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
