import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseMeta } from '../exercises/schema';
import { REGISTRY } from '../exercises/registry-vite';
import { siteConfig, siteConfigSource } from './course';
import { assertNoProblems, exerciseProblems, includesExercise } from '../course-config/select';

// The learner's files and helpers sit at the top of each folder; grader.ts there is the checks, not something to show.
const sources = import.meta.glob<string>(['/exercises/*/*.ts', '!/exercises/*/grader.ts'], { eager: true, query: '?raw', import: 'default' });

/** An exercise as this course publishes it. */
export interface PublishedExercise extends ExerciseMeta {
  /** The due date from the course configuration, as written there ("2027-03-12"), if it sets one. */
  due?: string | undefined;
}

/** Every exercise's metadata, validated by the registry (a bad exercise.json fails the build naming the file). */
const everyExercise = (): ExerciseMeta[] => REGISTRY.map((e) => e.meta);

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
export function exerciseSources(meta: ExerciseMeta): { name: string; code: string }[] {
  return [...meta.files, ...meta.helpers].map((name) => {
    const code = sources[`/exercises/${meta.id}/${name}`];
    if (code === undefined) throw new Error(`exercises/${meta.id}/exercise.json names ${name}, which is not in the folder`);
    return { name, code };
  });
}

/** The checks an exercise's page accepts results for, by id, title and points (a report listing others is refused). */
export async function exerciseChecks(id: string): Promise<{ id: string; title: string; points: number }[]> {
  const entry = REGISTRY.find((e) => e.meta.id === id);
  if (!entry) throw new Error(`No exercise ${id} in exercises/`);
  return (await entry.loadGrader()).checks.map((c) => ({ id: c.id, title: c.title, points: c.points }));
}

/** Published exercises of a lesson, in course order. */
export const lessonExercises = (lessonSlug: string) => allExercises().filter((e) => e.lesson === lessonSlug);

/**
 * The reference solution's files for an exercise, read from exercises/<id>/solution/ at build time. Read with fs, not an
 * import, on purpose: an import (even an unused one) would put the code into the build's server bundle, and the
 * only way solutions reach dist/ must be this call, made when the configuration publishes them.
 */
export function solutionSources(id: string): { name: string; code: string }[] {
  const dir = join(process.cwd(), 'exercises', id, 'solution');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }));
}
