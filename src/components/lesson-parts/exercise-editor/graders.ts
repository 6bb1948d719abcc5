/**
 * The graders the browser runs: the very check definitions `npm run grade` and vitest use (exercises/<id>/grader.ts),
 * with the source of the helper files a starter imports (they go into the sandbox beside the learner's code). Imported
 * only by the grading worker. Each exercise's grader and helpers load only when that exercise is graded, so a lesson
 * with four exercises does not carry forty graders.
 *
 * This reads the same folders as the registry (src/lib/exercises/registry.ts) but not through it: the registry
 * validates exercise.json with zod, which the build has already done, and the worker would otherwise carry zod.
 * tests/unit/exercises/learner-module.test.ts grades every registered exercise through this file.
 */
import type { Grader } from '../../../lib/exercises/types';
import type { SourceFile } from '../../../lib/exercises/sandbox/open-learner';

const graders = import.meta.glob<{ grader: Grader<never> }>('/exercises/*/grader.ts');
const helperNames = import.meta.glob<string[] | undefined>('/exercises/*/exercise.json', { eager: true, import: 'helpers' });
const sources = import.meta.glob<string>(['/exercises/*/*.ts', '!/exercises/*/grader.ts'], { query: '?raw', import: 'default' });

export interface BrowserExercise {
  grader: Grader<never>;
  /** The exercise's public helper files, as source. */
  helpers: SourceFile[];
}

/** The grader and helpers of one exercise, or undefined for an id that is not an exercise folder. */
export async function browserExercise(id: string): Promise<BrowserExercise | undefined> {
  const load = graders[`/exercises/${id}/grader.ts`];
  if (!load) return undefined;
  const helpers = await Promise.all((helperNames[`/exercises/${id}/exercise.json`] ?? []).map(async (fileName) => {
    const source = sources[`/exercises/${id}/${fileName}`];
    if (!source) throw new Error(`exercises/${id}/${fileName} is named as a helper but missing`);
    return { path: `./${fileName.replace(/\.ts$/, '')}`, fileName, source: await source() };
  }));
  const { grader } = await load();
  return grader.exerciseId === id ? { grader, helpers } : undefined;
}
