import { z } from 'zod';

/** exercises/<id>/exercise.json: an exercise's metadata, kept as data (order, hints, files, lesson). */
export const exerciseSchema = z.object({
  /** Folder name, e.g. "01-sampler"; also the id used in URLs, progress and `npm run grade -- 01`. */
  id: z.string().regex(/^\d\d-[a-z0-9-]+$/),
  /** Position in the list of exercises. */
  order: z.number().int().positive(),
  /** Title shown on the exercise page and the course map. */
  title: z.string().min(3),
  /** One sentence on what the learner builds. */
  summary: z.string().min(10),
  /** Slug of the lesson that introduces the exercise. */
  lesson: z.string().min(1),
  /** The files the learner edits, relative to the exercise folder. */
  files: z.array(z.string().regex(/^[\w.-]+\.ts$/)).min(1),
  /**
   * The exercise's public helper files that the learner's file may import (e.g. "density.ts", imported as
   * "./density"). They go into the sandbox beside the learner's code; nothing else of the project does.
   */
  helpers: z.array(z.string().regex(/^[\w.-]+\.ts$/)).default([]),
  /** Hints in the order they are revealed, one at a time. */
  hints: z.array(z.string().min(5)).min(1),
});
export type ExerciseMeta = z.infer<typeof exerciseSchema>;
