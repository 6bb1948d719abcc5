import { z } from 'zod';

/**
 * How an exercise's mutants prove its grader: each mutant (a file in mutants/, named after a real learner mistake)
 * must be rejected by the check named here, and may list checks for other mistakes that must not blame it.
 */
export const proofSchema = z.strictObject({
  /** Mutant file name without .ts -> id of the check that must fail for it. */
  mutants: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
  /** Mutant -> ids of checks that must still pass for it (a mistake is reported by its own check, not another's). */
  notBlamedBy: z.record(z.string(), z.array(z.string().min(1))).default({}),
});

/**
 * exercises/<id>/exercise.json: an exercise's metadata, kept as data (order, hints, files, lesson). The folder holds
 * everything else about the exercise: README.md (the task), the starter file(s) named in `files`, grader.ts (the
 * checks), solution/ (the reference), mutants/ (mistakes that must fail) and alternates/ (correct variants that must
 * pass). See README.md, "Adding an exercise".
 */
export const exerciseSchema = z.strictObject({
  /** Folder name, e.g. "01-sampler"; also the id used in URLs, progress and `npm run grade -- 01`. */
  id: z.string().regex(/^\d\d-[a-z0-9-]+$/),
  /** Position in the list of exercises; equal to the id's number. */
  order: z.number().int().positive(),
  /** Title shown above the editor, in the course map and in `npm run grade -- --list`. */
  title: z.string().min(3),
  /** One sentence on what the learner builds. */
  summary: z.string().min(10),
  /** Slug of the lesson that teaches the idea (an inline exercise is embedded in that lesson's page). */
  lesson: z.string().min(1),
  /**
   * "project": a long exercise with its own page (/exercises/<id>/). "inline": a short one (5 to 20 minutes, one
   * idea) shown inside its lesson, where `<Exercise id="…" />` places it.
   */
  kind: z.enum(['project', 'inline']),
  /** The files the learner edits, relative to the exercise folder (the editor holds the first). */
  files: z.array(z.string().regex(/^[\w.-]+\.ts$/)).min(1),
  /**
   * The exercise's public helper files that the learner's file may import (e.g. "density.ts", imported as
   * "./density"). They go into the sandbox beside the learner's code; nothing else of the project does.
   * Required, [] when there are none (the grading worker reads this one field without the schema).
   */
  helpers: z.array(z.string().regex(/^[\w.-]+\.ts$/)),
  /** Hints in the order they are revealed, one at a time. */
  hints: z.array(z.string().min(5)).min(1),
  /** Which check must catch each mutant; read only by the project's own tests (tests/exercises/graders.test.ts). */
  proof: proofSchema,
});
export type ExerciseMeta = z.infer<typeof exerciseSchema>;
