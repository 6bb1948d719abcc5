/**
 * Whether a Pagefind result really matches the query. When no page holds a word, Pagefind backs off to shorter and
 * shorter prefixes of it, so "xyzzy" finds every page with an "x". A result is kept when one of the words its
 * excerpt highlights is a query word, or shares with one a prefix long enough to be the same word in another form
 * ("entangled" and "entanglement"); a highlight far shorter than the word asked for is a back-off, not a match.
 */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function highlightedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => norm(m[1]!)).filter(Boolean);
}

export function isGenuineMatch(query: string, excerptHtml: string): boolean {
  const terms = query.split(/\s+/).map(norm).filter(Boolean);
  const marks = highlightedWords(excerptHtml);
  return marks.some((m) => terms.some((t) => m === t || (m.startsWith(t) && t.length >= 2) || commonPrefix(m, t) >= Math.max(4, t.length - 3)));
}
