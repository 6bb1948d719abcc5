/**
 * Prefixes a site path with the configured base, so the course works when an instructor hosts it under a path such
 * as /courses/qgen/. Every internal link goes through here: a hand-written "/lessons/..." would work on a laptop and
 * break on the instructor's server. Paths may start with a slash or not; '' is the home page.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Lesson files are named NN-slug.mdx; the URL drops the number so reordering lessons never breaks links. */
export function lessonSlug(id: string): string {
  return id.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** The number prefix of a lesson file name (01-... gives 1), or undefined when there is none. */
export function lessonFileNumber(id: string): number | undefined {
  const m = /^(\d+)-/.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** The base-prefixed URL of a lesson page, from its collection id or file name. */
export function lessonHref(id: string): string {
  return withBase(`lessons/${lessonSlug(id)}/`);
}
