import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonFileNumber, lessonSlug } from './with-base';
import { siteConfig, siteConfigSource } from './course';
import { assertNoProblems, includesLesson, lessonProblems } from '../course-config/select';

export type Lesson = CollectionEntry<'lessons'>;

/**
 * Published lessons in curriculum order: drafts appear in development only, and lessons the course configuration
 * leaves out never appear (so no page, map, previous/next link or 404 list can reach them).
 *
 * The schema checks each file on its own; the rules that involve several files or the file name live here, and break
 * the build with a message naming both files: two lessons may not share an `order`, and the number in a file's name
 * must equal its `order`, so that the folder listing and the course agree.
 */
export async function orderedLessons(): Promise<Lesson[]> {
  const every = await getCollection('lessons');
  // Names are checked against every lesson file, drafts included: naming a draft is allowed (it shows in development).
  const config = siteConfig();
  assertNoProblems(lessonProblems(config, every.map((l) => lessonSlug(l.id))), siteConfigSource());
  const sorted = every
    .filter((l) => (import.meta.env.DEV || !l.data.draft) && includesLesson(config, lessonSlug(l.id)))
    .sort((a, b) => a.data.order - b.data.order);
  const byOrder = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const l of sorted) {
    const file = l.filePath ?? `content/lessons/${l.id}.mdx`;
    const sameOrder = byOrder.get(l.data.order);
    if (sameOrder) {
      throw new Error(`Lessons ${sameOrder} and ${file} both have order ${l.data.order}; each lesson needs its own.`);
    }
    byOrder.set(l.data.order, file);
    const prefix = lessonFileNumber(l.id);
    if (prefix !== l.data.order) {
      throw new Error(
        `${file}: frontmatter says order ${l.data.order} but the file name ` +
          (prefix === undefined ? 'has no number prefix' : `starts with ${prefix}`) +
          `; name it ${String(l.data.order).padStart(2, '0')}-${lessonSlug(l.id)}.mdx.`,
      );
    }
    const sameSlug = bySlug.get(lessonSlug(l.id));
    if (sameSlug) throw new Error(`Lessons ${sameSlug} and ${file} would both be served at /lessons/${lessonSlug(l.id)}/.`);
    bySlug.set(lessonSlug(l.id), file);
  }
  return sorted;
}

export { lessonSlug };
