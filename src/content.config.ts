import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SECTIONS } from './lib/site/sections';

/**
 * The lessons, one MDX file each in content/lessons/, named NN-slug.mdx with NN equal to `order`.
 *
 * A frontmatter mistake fails `astro build` with the file and the field named. The object is strict so that a
 * misspelt key (say `minute:` for `minutes:`) is reported instead of silently falling back to a default.
 * A lesson's exercises are not listed here: each exercise names its lesson (exercises/<id>/exercise.json).
 * Rules spanning several files (unique `order`, file number = `order`) are checked in src/lib/site/lessons.ts.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.strictObject({
    /** The lesson's title, shown as its page heading, in the course map and in previous/next links. */
    title: z.string().trim().min(3),
    /** Position in the curriculum, 1 for the first lesson. Unique, and equal to the file's number prefix. */
    order: z.number().int().positive(),
    /** The section of the article's arc this lesson covers; the home page groups lessons by it. */
    section: z.enum(SECTIONS),
    /** One or two sentences for the course map and the page description. */
    summary: z.string().trim().min(10).max(300),
    /** What a learner will be able to do afterwards, one sentence each; shown in a box at the top of the lesson. */
    objectives: z.array(z.string().trim().min(3)).min(1),
    /** Honest estimate of reading plus trying things, in whole minutes. */
    minutes: z.number().int().min(5).max(60),
    /** A draft is built by `astro dev` only, never into the published site. */
    draft: z.boolean().default(false),
  }),
});

/** Each exercise's README, rendered on its page; the metadata lives beside it in exercise.json. */
const exerciseDocs = defineCollection({
  loader: glob({ pattern: '*/README.md', base: './exercises' }),
});

export const collections = { lessons, exerciseDocs };
