import { exerciseSchema, type ExerciseMeta } from '../exercises/schema';

const metaFiles = import.meta.glob<unknown>('/exercises/*/exercise.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>('/exercises/*/*.ts', { eager: true, query: '?raw', import: 'default' });

/** Every exercise's metadata, validated (a bad exercise.json fails the build naming the file), in course order. */
export function allExercises(): ExerciseMeta[] {
  return Object.entries(metaFiles)
    .map(([path, data]) => {
      const parsed = exerciseSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    })
    .sort((a, b) => a.order - b.order);
}

/** The files a learner edits and the helpers beside them, as text, for the exercise page. */
export function exerciseSources(id: string): { name: string; code: string }[] {
  return Object.entries(sources)
    .filter(([path]) => path.startsWith(`/exercises/${id}/`))
    .map(([path, code]) => ({ name: path.split('/').pop()!, code }));
}
