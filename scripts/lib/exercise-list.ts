// The exercise registry as the command-line tools see it (they run under tsx, without Vite): the same folders of
// exercises/ read from disk, with the same validation (src/lib/exercises/registry.ts). `npm run grade`, the gradebook,
// `--list` and `npm run classroom` all read it, so none of them can disagree about which exercises exist or what they
// are worth.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExerciseMeta } from '../../src/lib/exercises/schema';
import { maxPoints, type Grader } from '../../src/lib/exercises/types';
import { buildRegistry, type GraderModule } from '../../src/lib/exercises/registry';

export interface ListedExercise {
  meta: ExerciseMeta;
  grader: Grader<never>;
  points: number;
}

/** Every exercise with its grader loaded, in course order. */
export async function listExercises(root = '.'): Promise<ListedExercise[]> {
  const base = join(root, 'exercises');
  const dirs = readdirSync(base).filter((d) => existsSync(join(base, d, 'exercise.json')));
  const metas = Object.fromEntries(dirs.map((d) => [d, JSON.parse(readFileSync(join(base, d, 'exercise.json'), 'utf8')) as unknown]));
  const graders = Object.fromEntries(
    dirs.filter((d) => existsSync(join(base, d, 'grader.ts')))
      .map((d) => [d, () => import(pathToFileURL(resolve(base, d, 'grader.ts')).href) as Promise<GraderModule>]),
  );
  const registry = buildRegistry(metas, graders);
  return Promise.all(registry.map(async (e) => {
    const grader = await e.loadGrader();
    return { meta: e.meta, grader, points: maxPoints(grader) };
  }));
}
