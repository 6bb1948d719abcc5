/**
 * Every page of the SCORM package loads this (scripts/package.ts adds it): inside an LMS it reports what happens on
 * the page to the item the LMS launched; anywhere else (the zip unpacked and served, a launch page with no LMS) it
 * finds no API and does nothing at all.
 *
 * - every page: cmi.core.lesson_location (where to resume) and cmi.suspend_data (lessons opened, exercises passed,
 *   merged with this browser's own record both ways, so progress follows the learner between computers);
 * - a lesson's item, on that lesson's page: lesson_status "completed";
 * - an exercise's item: each grading run of that exercise (the editor's "qgen:graded" event) sets score.raw (0 to
 *   100) and lesson_status "passed" or "failed", keeping the best.
 */
import { browserStore, loadProgress, saveProgress, emptyProgress } from '../progress/store';
import { decodeSuspend, encodeSuspend, findApi, parseSco, reportExercise, reportLessonVisited, type ApiWindow } from './api';

interface Graded {
  exercise: string;
  score: number;
  max: number;
}

function launchedSco(): string | undefined {
  try {
    return (window.parent as unknown as { qgenScormSco?: string }).qgenScormSco;
  } catch {
    return undefined;
  }
}

const api = findApi(window as unknown as ApiWindow);
const sco = parseSco(launchedSco());
if (api && sco) {
  // The package's root is the folder above this script (scorm/page.js); the page's place is its path below that.
  const root = new URL('../', import.meta.url).href;
  const here = location.href.split('#')[0]!.split('?')[0]!;
  const page = here.startsWith(root) ? here.slice(root.length) || 'index.html' : '';
  const lesson = /^lessons\/([a-z0-9-]+)\/index\.html$/.exec(page)?.[1];

  const store = browserStore();
  const sync = () => {
    const saved = decodeSuspend(api.LMSGetValue('cmi.suspend_data'));
    const local = loadProgress(store).progress;
    const merged = { ...emptyProgress(), visitedLessons: [...new Set([...local.visitedLessons, ...saved.lessons, ...(lesson ? [lesson] : [])])], passedExercises: { ...local.passedExercises } };
    for (const [id, [score, max]] of Object.entries(saved.passed)) {
      const have = merged.passedExercises[id];
      if (!have || score / max > have.score / have.max) merged.passedExercises[id] = { score, max, at: new Date().toISOString() };
    }
    saveProgress(store, merged);
    api.LMSSetValue('cmi.suspend_data', encodeSuspend({
      lessons: merged.visitedLessons,
      passed: Object.fromEntries(Object.entries(merged.passedExercises).map(([id, r]) => [id, [r.score, r.max]])),
    }));
    return merged;
  };

  if (page) api.LMSSetValue('cmi.core.lesson_location', location.hash ? `${page}${location.hash}` : page);
  const progress = sync();
  if (sco.kind === 'lesson' && sco.id === lesson) reportLessonVisited(api);
  // Passed before, elsewhere in the course or on another visit: the item shows it at once.
  const earlier = sco.kind === 'exercise' ? progress.passedExercises[sco.id] : undefined;
  if (earlier) reportExercise(api, earlier.score, earlier.max);
  api.LMSCommit('');

  addEventListener('qgen:graded', (e) => {
    const d = (e as CustomEvent<Graded>).detail;
    if (sco.kind === 'exercise' && d.exercise === sco.id) reportExercise(api, d.score, d.max);
    sync();
    api.LMSCommit('');
  });
  addEventListener('hashchange', () => {
    api.LMSSetValue('cmi.core.lesson_location', `${page}${location.hash}`);
    api.LMSCommit('');
  });
}
