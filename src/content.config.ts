import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SECTIONS } from './lib/site/sections';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    /** The lesson's title, as shown in the page heading and the course map. */
    title: z.string().min(3),
    /** Position in the course; must match the file's number prefix (01-, 02-, ...). */
    order: z.number().int().positive(),
    /** The part of the article's arc this lesson covers. */
    section: z.enum(SECTIONS),
    /** One or two sentences for the course map and search results. */
    summary: z.string().min(10),
    /** What a learner can do after the lesson; shown in a box at the top. */
    objectives: z.array(z.string().min(3)).min(1),
    /** Estimated minutes of reading and doing. */
    minutes: z.number().int().min(5).max(60),
    /** Exercise ids (folder names in exercises/) this lesson introduces. */
    exercises: z.array(z.string().regex(/^\d\d-[a-z0-9-]+$/)).default([]),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false),
  }),
});

/** Each exercise's README, rendered on its page; the metadata lives beside it in exercise.json. */
const exerciseDocs = defineCollection({
  loader: glob({ pattern: '*/README.md', base: './exercises' }),
});

export const collections = { lessons, exerciseDocs };
