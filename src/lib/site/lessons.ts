import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonSlug } from './with-base';

export type Lesson = CollectionEntry<'lessons'>;

/** Published lessons in curriculum order (drafts only in development). */
export async function orderedLessons(): Promise<Lesson[]> {
  const all = await getCollection('lessons', (l) => import.meta.env.DEV || !l.data.draft);
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  const seen = new Map<number, string>();
  for (const l of sorted) {
    const other = seen.get(l.data.order);
    if (other) throw new Error(`Lessons ${other} and ${l.id} both have order ${l.data.order}; each lesson needs its own.`);
    seen.set(l.data.order, l.id);
  }
  return sorted;
}

export { lessonSlug };
