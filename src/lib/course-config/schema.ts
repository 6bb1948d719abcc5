/**
 * course.config.json: what one copy of the course contains and who runs it. An instructor edits this one file to
 * host their own course; the site reads it at build time (src/lib/course-config/load.ts) and INSTRUCTORS.md documents
 * every field. Strict objects, so a misspelt key ("publishSolution") is reported instead of silently ignored.
 */
import { z } from 'zod';
import { isCalendarDate, DUE_DATE_PATTERN } from './due-date';

/** An exercise's folder name in exercises/, as used everywhere else (`npm run grade -- 01`, URLs, progress). */
const exerciseId = z.string().regex(/^\d\d-[a-z0-9-]+$/, 'expected an exercise id such as "01-sampler" (its folder name in exercises/)');

/** A lesson's URL slug: its file name without the number prefix and .mdx, so renumbering lessons keeps the config valid. */
const lessonSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lesson slug such as "qubits-and-superposition" (the file name without its number and .mdx)');

/** "all", or a list with no repeats: a repeated name is almost always a copy-and-paste slip worth reporting. */
function selection<T extends z.ZodString>(item: T, what: string) {
  return z.union([
    z.literal('all'),
    z.array(item).refine((xs) => new Set(xs).size === xs.length, `lists a ${what} twice`),
  ]);
}

const dueDate = z
  .string()
  .regex(DUE_DATE_PATTERN, 'expected a date such as "2027-03-12", or a date and time such as "2027-03-12T17:00"')
  .refine(isCalendarDate, 'is not a date on the calendar');

export const instructorSchema = z.strictObject({
  /** How learners address the instructor; shown on the home page and in every page's footer as "Taught by …". */
  name: z.string().trim().min(1).max(120),
  /** An address learners may write to; shown as a mailto: link beside the name. */
  email: z.email().optional(),
  /** A page of the instructor's own (course page, office hours); http or https only, shown as a link. */
  url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).optional(),
});

export const courseConfigSchema = z.strictObject({
  /** Lets editors that understand JSON Schema offer completion; the site ignores it. */
  $schema: z.string().optional(),
  /** The course's name: in the header, every page title, the home page heading and the installed app's name. */
  title: z.string().trim().min(3).max(80),
  /** Who teaches this copy of the course. Leave it out for self-study: the site then names no one. */
  instructor: instructorSchema.optional(),
  /**
   * The lessons to publish, as slugs ("qubits-and-superposition" for content/lessons/01-qubits-and-superposition.mdx),
   * or "all". A lesson left out gets no page, and nothing links to it: not the course map, previous/next links, the
   * 404 page, the search index, nor links inside other lessons (those become plain text). Order stays the files'.
   */
  lessons: selection(lessonSlug, 'lesson').default('all'),
  /**
   * The exercises to publish, as ids ("01-sampler"), or "all"; [] publishes none. A left-out exercise gets no page and
   * no link, exactly like a left-out lesson. Grading is unaffected: `npm run grade` and the gradebook read exercises/.
   */
  exercises: selection(exerciseId, 'exercise').default('all'),
  /**
   * Due dates by exercise id, shown on the exercise's page and in the home page's list of exercises: "2027-03-12", or
   * "2027-03-12T17:00" for a time of day. Shown exactly as written, in no particular time zone: say which in the
   * course's own material. Only published exercises may have one.
   */
  dueDates: z.record(exerciseId, dueDate).default({}),
  /**
   * Whether exercise pages show the reference solutions from solutions/, folded behind a warning. Off by default: with
   * it off no line of any solution is in the built site (a browser test checks every file in dist/).
   */
  publishSolutions: z.boolean().default(false),
});

export type CourseConfig = z.infer<typeof courseConfigSchema>;
export type Instructor = z.infer<typeof instructorSchema>;
