// The exercises in exercises/, in course order, each with its grader from the registry: what `npm run grade`, the
// gradebook and `--list` all read, so none of them can disagree about which exercises exist or what they are worth.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseSchema, type ExerciseMeta } from '../../src/lib/exercises/schema';
import { maxPoints, type Grader } from '../../src/lib/exercises/types';
import { EXERCISES } from '../../tests/graders/registry';

export interface ListedExercise {
  meta: ExerciseMeta;
  grader: Grader<never>;
  points: number;
}

export function listExercises(): ListedExercise[] {
  return readdirSync('exercises')
    .filter((d) => existsSync(join('exercises', d, 'exercise.json')))
    .map((d) => exerciseSchema.parse(JSON.parse(readFileSync(join('exercises', d, 'exercise.json'), 'utf8'))))
    .sort((a, b) => a.order - b.order)
    .map((meta) => {
      const entry = EXERCISES.find((e) => e.id === meta.id);
      if (!entry) throw new Error(`exercises/${meta.id} has no grader in tests/graders/registry.ts`);
      return { meta, grader: entry.grader, points: maxPoints(entry.grader) };
    });
}
