/**
 * Reads and validates the course configuration. Node-only (it reads a file): the site calls it while building, and
 * so do astro.config.mjs and the browser tests, which must all see the same file.
 *
 * COURSE_CONFIG=path/to/other.json picks another file, so an instructor can keep several course variants side by
 * side and the tests can build one. Every mistake is reported with the file and the field, then the build stops.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { courseConfigSchema, type CourseConfig } from './schema';

export const DEFAULT_COURSE_CONFIG = 'course.config.json';

/** The file the build reads: $COURSE_CONFIG when set, else course.config.json, relative to the working directory. */
export function courseConfigPath(env: Record<string, string | undefined> = process.env): string {
  return env.COURSE_CONFIG?.trim() || DEFAULT_COURSE_CONFIG;
}

/** An issue's location written as a reader would look for it: `lessons[2]`, `instructor.email`, `dueDates.01-sampler`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** One line per problem, each starting with the field it is about (or "(file)" for the whole document). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    // A misspelt key is reported by zod at the parent with the key in `keys`; name the key itself.
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => `${fieldName([...i.path, k])}: not a course setting (misspelt?)`).join('\n');
    }
    return `${fieldName(i.path) || '(file)'}: ${i.message}`;
  });
}

/** Validates an already-parsed JSON value; `source` names it in the error. */
export function parseCourseConfig(value: unknown, source: string): CourseConfig {
  const parsed = courseConfigSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${source} is not a valid course configuration:\n${describeIssues(parsed.error.issues).map((l) => `  ${l}`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * Reads the file fresh on every call (it is tiny), so `astro dev` picks up an edit on the next page load and a test
 * that switches COURSE_CONFIG never sees a stale copy.
 */
export function loadCourseConfig(path: string = courseConfigPath()): CourseConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `Course configuration ${path} not found. Create it (see INSTRUCTORS.md) or point COURSE_CONFIG at an existing file.`
        : `Course configuration ${path} could not be read: ${(e as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  return parseCourseConfig(value, path);
}
