/**
 * Which lessons and exercises a configuration publishes, and the checks that need to know what exists. The schema can
 * only see the file; whether "energy" names a real lesson is known once the content is read, so these checks run in
 * the site's lesson and exercise lists and fail the build with the field and the names that would have been valid.
 */
import type { CourseConfig } from './schema';

type Selection = Pick<CourseConfig, 'lessons' | 'exercises'>;

export function includesLesson(config: Selection, slug: string): boolean {
  return config.lessons === 'all' || config.lessons.includes(slug);
}

export function includesExercise(config: Selection, id: string): boolean {
  return config.exercises === 'all' || config.exercises.includes(id);
}

/** Problems with the lesson list, given every lesson slug that exists; empty when all is well. */
export function lessonProblems(config: CourseConfig, existing: readonly string[]): string[] {
  if (config.lessons === 'all') return [];
  return config.lessons.flatMap((slug, i) =>
    existing.includes(slug) ? [] : [`lessons[${i}]: there is no lesson "${slug}"; the lessons are: ${existing.join(', ')}`],
  );
}

/** Problems with the exercise list and the due dates, given every exercise id that exists; empty when all is well. */
export function exerciseProblems(config: CourseConfig, existing: readonly string[]): string[] {
  const problems =
    config.exercises === 'all'
      ? []
      : config.exercises.flatMap((id, i) =>
          existing.includes(id) ? [] : [`exercises[${i}]: there is no exercise "${id}"; the exercises are: ${existing.join(', ')}`],
        );
  for (const id of Object.keys(config.dueDates)) {
    if (!existing.includes(id)) problems.push(`dueDates.${id}: there is no exercise "${id}"; the exercises are: ${existing.join(', ')}`);
    else if (!includesExercise(config, id)) problems.push(`dueDates.${id}: exercise "${id}" is not in this course's "exercises" list`);
  }
  return problems;
}

/** Throws one error listing every problem, naming the configuration file, or returns quietly. */
export function assertNoProblems(problems: readonly string[], source: string): void {
  if (problems.length) throw new Error(`${source} does not match the course content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
