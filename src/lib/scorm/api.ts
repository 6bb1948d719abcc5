/**
 * The course inside an LMS, by SCORM 1.2's run-time API. Used only by the SCORM package (`npm run package -- scorm`,
 * scripts/package.ts), whose two small scripts are built from ./launch-entry.ts and ./page-entry.ts; the site as
 * normally built never loads this.
 *
 * The LMS puts an object named API on one of the windows around the content; SCORM 1.2's run-time environment tells
 * content to look for it on its own window and its parents, then on the window that opened it and that window's
 * parents (ADL's reference algorithm gives up after 500 steps up). A window of another origin on the way cannot be
 * read: that is treated as "not here", never thrown. No API found means no LMS: nothing is called, nothing changes.
 */

/** The SCORM 1.2 calls the course makes. Values cross as strings; "true"/"false" report success. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** The parts of a window the search reads. */
export interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

const isApi = (v: unknown): v is Scorm12Api =>
  typeof v === 'object' && v !== null && typeof (v as Scorm12Api).LMSInitialize === 'function' && typeof (v as Scorm12Api).LMSSetValue === 'function';

/** Reads a property of a window that may belong to another origin (reading then throws a SecurityError). */
function read<K extends keyof ApiWindow>(win: ApiWindow, key: K): ApiWindow[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** The API on `win` or one of its parents, at most 500 steps up. */
export function findApiFrom(win: ApiWindow | null | undefined): Scorm12Api | null {
  for (let tries = 0; win && tries <= 500; tries++) {
    const api = read(win, 'API');
    if (isApi(api)) return api;
    const parent = read(win, 'parent');
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** SCORM 1.2's search: this window and its parents, then the opener and its parents. */
export function findApi(win: ApiWindow): Scorm12Api | null {
  return findApiFrom(win) ?? findApiFrom(read(win, 'opener'));
}

/**
 * Which item of the package (SCO) the LMS launched: a lesson, or an exercise. The launch page's address says so
 * (`scorm/launch.html?sco=lesson:energy`), written into imsmanifest.xml by scripts/lib/scorm-manifest.ts.
 */
export type Sco = { kind: 'lesson'; id: string } | { kind: 'exercise'; id: string };

export function parseSco(value: string | null | undefined): Sco | null {
  const m = /^(lesson|exercise):([a-z0-9][a-z0-9-]{0,99})$/.exec(value ?? '');
  return m ? { kind: m[1] as Sco['kind'], id: m[2]! } : null;
}

/**
 * A page address inside the package that the launch page may open: a relative path to one of its pages, optionally
 * with a fragment. cmi.core.lesson_location comes back from the LMS and could hold anything; only this is followed.
 */
export function isPackagePage(path: string): boolean {
  return /^(?:[a-z0-9][a-z0-9-]*\/)*index\.html(?:#[A-Za-z0-9_-]{1,120})?$/.test(path);
}

/**
 * Where the launch page starts, just after LMSInitialize: where the learner left off when the LMS says they are
 * coming back (cmi.core.entry "resume") and that place is a page of the package, else the item's own first page.
 * A first launch moves the item from "not attempted" to "incomplete".
 */
export function startSession(api: Scorm12Api, first: string): string {
  const own = isPackagePage(first) ? first : 'index.html';
  const left = api.LMSGetValue('cmi.core.lesson_location');
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  return api.LMSGetValue('cmi.core.entry') === 'resume' && isPackagePage(left) ? left : own;
}

/** When the LMS closes the item: "suspend", so that the next launch resumes; then the data is saved and the session ends. */
export function endSession(api: Scorm12Api): void {
  api.LMSSetValue('cmi.core.exit', 'suspend');
  api.LMSCommit('');
  api.LMSFinish('');
}

/** SCORM 1.2 allows 4,096 characters of suspend_data. */
export const SUSPEND_LIMIT = 4096;

/** What the course keeps in cmi.suspend_data: the lessons opened and each passed exercise's score, compactly. */
export interface Suspended {
  lessons: string[];
  passed: Record<string, [score: number, max: number]>;
}

export function encodeSuspend(s: Suspended): string {
  const passed = Object.entries(s.passed);
  // Passes matter more than visits: lessons are dropped first if the record would not fit.
  for (let keep = s.lessons.length; keep >= 0; keep--) {
    const text = JSON.stringify({ v: 1, l: s.lessons.slice(0, keep), e: Object.fromEntries(passed) });
    if (text.length <= SUSPEND_LIMIT) return text;
  }
  return JSON.stringify({ v: 1, l: [], e: {} });
}

export function decodeSuspend(text: string): Suspended {
  const out: Suspended = { lessons: [], passed: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out;
  }
  const d = data as { v?: unknown; l?: unknown; e?: unknown } | null;
  if (!d || d.v !== 1) return out;
  if (Array.isArray(d.l)) out.lessons = d.l.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200);
  if (d.e && typeof d.e === 'object' && !Array.isArray(d.e)) {
    for (const [id, v] of Object.entries(d.e)) {
      if (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) && v[1] > 0 && v[0] >= 0 && v[0] <= v[1]) {
        out.passed[id] = [v[0], v[1]];
      }
    }
  }
  return out;
}

/** cmi.core.score.raw for an exercise: its share of the points, as the 0 to 100 that SCORM 1.2 scores use. */
export const scorePercent = (score: number, max: number) => (max > 0 ? Math.round((100 * Math.min(Math.max(score, 0), max)) / max) : 0);

/**
 * Records one grading run of the launched exercise: the best score so far (a worse later run never lowers it, as in
 * the browser's own record), and "passed" once every check passes, else "failed".
 */
export function reportExercise(api: Scorm12Api, score: number, max: number): void {
  const raw = scorePercent(score, max);
  const previous = Number(api.LMSGetValue('cmi.core.score.raw'));
  if (api.LMSGetValue('cmi.core.lesson_status') === 'passed' && raw < 100) return;
  if (Number.isFinite(previous) && api.LMSGetValue('cmi.core.score.raw') !== '' && previous > raw) return;
  api.LMSSetValue('cmi.core.score.min', '0');
  api.LMSSetValue('cmi.core.score.max', '100');
  api.LMSSetValue('cmi.core.score.raw', String(raw));
  api.LMSSetValue('cmi.core.lesson_status', raw === 100 ? 'passed' : 'failed');
  api.LMSCommit('');
}

/** A lesson's item is complete once the learner has opened the lesson in it; a status already final is kept. */
export function reportLessonVisited(api: Scorm12Api): void {
  const status = api.LMSGetValue('cmi.core.lesson_status');
  if (status !== 'completed' && status !== 'passed') api.LMSSetValue('cmi.core.lesson_status', 'completed');
}
