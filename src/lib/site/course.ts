import { courseConfigPath, loadCourseConfig } from '../course-config/load';
import type { CourseConfig } from '../course-config/schema';

/**
 * The course configuration this build uses (course.config.json, or the file $COURSE_CONFIG names). Pages call this
 * rather than keeping a copy, so `astro dev` shows an edit on the next reload.
 */
export function siteConfig(): CourseConfig {
  return loadCourseConfig();
}

/** The configuration file's name, for error messages that tell the instructor which file to fix. */
export function siteConfigSource(): string {
  return courseConfigPath();
}

/** Used when a page has no description of its own. */
export const COURSE_DESCRIPTION =
  'An interactive course that tests, claim by claim, how quantum computing might and might not change generative AI, with quantum circuits simulated in the page.';
