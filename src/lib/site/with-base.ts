/**
 * Prefixes a site path with the configured base, so the course works when an instructor hosts it under a path
 * such as /courses/qgen/. Pass paths without a leading slash or with one; the result always has exactly one.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Lesson files are named NN-slug.mdx; the URL drops the number so reordering lessons never breaks links. */
export function lessonSlug(id: string): string {
  return id.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}
