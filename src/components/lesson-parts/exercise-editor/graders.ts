/**
 * The graders the browser runs: the very check definitions `npm run grade` and vitest use (exercises/<id>/grader.ts,
 * through the one registry), with the source of the helper files a starter imports (they go into the sandbox beside
 * the learner's code). Imported only by the grading worker, and each exercise's grader and helpers load only when that
 * exercise is graded, so a lesson with four exercises does not carry forty graders.
 */
import type { Grader } from '../../../lib/exercises/types';
import type { SourceFile } from '../../../lib/exercises/sandbox/open-learner';
import { exerciseById } from '../../../lib/exercises/registry-vite';

const helperSources = import.meta.glob<string>(['/exercises/*/*.ts', '!/exercises/*/grader.ts'], { query: '?raw', import: 'default' });

export interface BrowserExercise {
  grader: Grader<never>;
  /** The exercise's public helper files, as source. */
  helpers: SourceFile[];
}

/** The grader and helpers of one exercise, or undefined for an id the registry does not know. */
export async function browserExercise(id: string): Promise<BrowserExercise | undefined> {
  const entry = exerciseById(id);
  if (!entry) return undefined;
  const helpers = await Promise.all(entry.meta.helpers.map(async (fileName) => {
    const load = helperSources[`/exercises/${id}/${fileName}`];
    if (!load) throw new Error(`exercises/${id}/${fileName} is named as a helper but missing`);
    return { path: `./${fileName.replace(/\.ts$/, '')}`, fileName, source: await load() };
  }));
  return { grader: await entry.loadGrader(), helpers };
}
