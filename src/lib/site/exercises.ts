import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseSchema, type ExerciseMeta } from '../exercises/schema';
import { siteConfig, siteConfigSource } from './course';
import { assertNoProblems, exerciseProblems, includesExercise } from '../course-config/select';

const metaFiles = import.meta.glob<unknown>('/exercises/*/exercise.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>('/exercises/*/*.ts', { eager: true, query: '?raw', import: 'default' });

/** An exercise as this course publishes it. */
export interface PublishedExercise extends ExerciseMeta {
  /** The due date from the course configuration, as written there ("2027-03-12"), if it sets one. */
  due?: string | undefined;
}

/** Every exercise's metadata, validated (a bad exercise.json fails the build naming the file), in course order. */
function everyExercise(): ExerciseMeta[] {
  return Object.entries(metaFiles)
    .map(([path, data]) => {
      const parsed = exerciseSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    })
    .sort((a, b) => a.order - b.order);
}

/**
 * The exercises the course configuration publishes, in course order, each with its due date. Checks the
 * configuration's exercise names and due dates against the exercises that exist, failing the build on a mismatch.
 */
export function allExercises(): PublishedExercise[] {
  const every = everyExercise();
  const config = siteConfig();
  assertNoProblems(exerciseProblems(config, every.map((e) => e.id)), siteConfigSource());
  return every.filter((e) => includesExercise(config, e.id)).map((e) => ({ ...e, due: config.dueDates[e.id] }));
}

/** The files a learner edits and the helpers beside them, as text, for the exercise page. */
export function exerciseSources(id: string): { name: string; code: string }[] {
  return Object.entries(sources)
    .filter(([path]) => path.startsWith(`/exercises/${id}/`))
    .map(([path, code]) => ({ name: path.split('/').pop()!, code }));
}

/**
 * The reference solution's files for an exercise, read from solutions/<id>/ at build time. Read with fs, not an
 * import, on purpose: an import (even an unused one) would put the code into the build's server bundle, and the
 * only way solutions reach dist/ must be this call, made when the configuration publishes them.
 */
export function solutionSources(id: string): { name: string; code: string }[] {
  const dir = join(process.cwd(), 'solutions', id);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }));
}
