/**
 * A learner's work on an exercise in the browser: saved to localStorage as they type, exported to a JSON file and
 * imported back. An import is validated in full before anything is replaced, so a damaged, foreign or other-exercise
 * file changes nothing and says why. zod/mini, as in ../progress/store.ts, to keep the exercise page light.
 */
import * as z from 'zod/mini';
import type { KeyValueStore } from '../progress/store';

export const WORK_FORMAT = 'qgen-exercise-work';
/** Learner files larger than this are refused on import: no exercise needs more, and storage is small. */
export const MAX_FILE_CHARS = 200_000;

export const workFileSchema = z.object({
  /** Marks the file as this course's, so a stray JSON file is recognised as foreign. */
  format: z.literal(WORK_FORMAT),
  /** Format version; any other is refused rather than guessed at. */
  version: z.literal(1),
  /** Exercise id, e.g. "01-sampler": importing into another exercise is refused. */
  exercise: z.string().check(z.regex(/^\d\d-[a-z0-9-]+$/)),
  /** File name → the learner's text for it (the files the exercise asks them to edit). */
  files: z.record(z.string().check(z.regex(/^[\w.-]+\.ts$/)), z.string().check(z.maxLength(MAX_FILE_CHARS))),
  /** When it was saved, ISO 8601. */
  savedAt: z.iso.datetime(),
});
export type WorkFile = z.infer<typeof workFileSchema>;

export const workKey = (exerciseId: string) => `qgen-work-${exerciseId}`;

/** Where saved work that could not be read is kept, so that the next autosave cannot overwrite it. */
export const workBackupKey = (exerciseId: string) => `qgen-work-${exerciseId}-unreadable`;

export type LoadedWork =
  | { kind: 'none' }
  | { kind: 'ok'; work: WorkFile }
  /** Saved work was there but did not validate: its raw text was kept under workBackupKey (if storage allowed). */
  | { kind: 'damaged'; raw: string; backedUp: boolean };

/** The saved files for an exercise. Damaged or oversize work is copied aside first, never dropped. */
export function loadSavedWork(store: KeyValueStore | undefined, exerciseId: string): LoadedWork {
  let raw: string | null = null;
  try {
    raw = store?.getItem(workKey(exerciseId)) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (!raw) return { kind: 'none' };
  try {
    const parsed = workFileSchema.safeParse(JSON.parse(raw));
    if (parsed.success && parsed.data.exercise === exerciseId) return { kind: 'ok', work: parsed.data };
  } catch {
    // not JSON: damaged
  }
  let backedUp = false;
  try {
    store!.setItem(workBackupKey(exerciseId), raw);
    backedUp = true;
  } catch {
    // storage full: the damaged text stays where it is, and the caller offers it for download
  }
  return { kind: 'damaged', raw, backedUp };
}

/** The saved files for an exercise, or null when there are none or they do not validate. */
export function loadWork(store: KeyValueStore | undefined, exerciseId: string): WorkFile | null {
  const r = loadSavedWork(store, exerciseId);
  return r.kind === 'ok' ? r.work : null;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * Saves the files, refusing with a message what loading would refuse (a file over MAX_FILE_CHARS, say), and saying
 * so when storage refuses (full, or disabled), so the page can warn instead of losing work silently.
 */
export function trySaveWork(store: KeyValueStore | undefined, exerciseId: string, files: Record<string, string>, now = new Date()): SaveResult {
  if (!store) return { ok: false, message: 'This browser is not keeping your work (storage is off): use Export to keep a copy.' };
  const work: WorkFile = { format: WORK_FORMAT, version: 1, exercise: exerciseId, files, savedAt: now.toISOString() };
  const parsed = workFileSchema.safeParse(work);
  if (!parsed.success) {
    const big = Object.entries(files).find(([, t]) => t.length > MAX_FILE_CHARS);
    return { ok: false, message: big ? `${big[0]} is ${big[1].length.toLocaleString('en')} characters, more than the ${MAX_FILE_CHARS.toLocaleString('en')} this browser keeps: it was not saved. Use Download to keep a copy.` : 'This work could not be saved in a form that loads back. Use Download to keep a copy.' };
  }
  try {
    store.setItem(workKey(exerciseId), JSON.stringify(parsed.data));
    return { ok: true };
  } catch {
    return { ok: false, message: 'This browser is not keeping your work (storage is full or off): use Export to keep a copy.' };
  }
}

/** Saves the files; false when they were not saved (see trySaveWork for why). */
export function saveWork(store: KeyValueStore | undefined, exerciseId: string, files: Record<string, string>, now = new Date()): boolean {
  return trySaveWork(store, exerciseId, files, now).ok;
}

/** The text of an export file. */
export function exportWork(exerciseId: string, files: Record<string, string>, now = new Date()): string {
  const work: WorkFile = { format: WORK_FORMAT, version: 1, exercise: exerciseId, files, savedAt: now.toISOString() };
  return `${JSON.stringify(work, null, 2)}\n`;
}

export type ImportResult = { ok: true; work: WorkFile } | { ok: false; message: string };

/**
 * Reads an export file for this exercise. `expectedFiles` are the files the exercise edits: the import must hold
 * each of them. Every refusal ends with "Nothing was changed", which is true: the caller replaces work only on ok.
 */
export function importWork(text: string, exerciseId: string, expectedFiles: readonly string[]): ImportResult {
  const refuse = (why: string): ImportResult => ({ ok: false, message: `${why} Nothing was changed.` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not readable JSON (it may be damaged or not an export from this course).');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== WORK_FORMAT) {
    return refuse('This file is not an exercise export from this course.');
  }
  const parsed = workFileSchema.safeParse(json);
  if (!parsed.success) return refuse('This export is damaged or from a newer version of the course.');
  if (parsed.data.exercise !== exerciseId) return refuse(`This export is for exercise ${parsed.data.exercise}, not ${exerciseId}.`);
  const missing = expectedFiles.filter((f) => !(f in parsed.data.files));
  if (missing.length > 0) return refuse(`This export has no ${missing.join(', ')}.`);
  return { ok: true, work: parsed.data };
}
