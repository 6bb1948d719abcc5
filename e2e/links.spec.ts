// Every internal link, asset and anchor in the built site resolves; nothing is loaded from another host.
// Reads the files in dist/ (built by the test runner) rather than crawling, so every page is covered.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { builtPages, DIST } from './built-pages';

const base = process.env.COURSE_BASE ?? '/';
const ORIGIN = 'http://site.invalid';
const ATTR = /<(a|link|script|img|source|iframe)\b[^>]*?\s(href|src)="([^"]*)"/gi;

function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [`${DIST}/${rel}index.html`] : [`${DIST}/${rel}`, `${DIST}/${rel}/index.html`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsCache.get(file)!;
}

test('every internal link and anchor resolves, and nothing loads from another host', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const file = `${DIST}/${page}index.html`;
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(`${base}${page}`, ORIGIN);
    for (const m of html.matchAll(ATTR)) {
      const [, tag, , raw] = m;
      const value = raw!.replace(/&amp;/g, '&');
      if (/^(mailto:|data:|javascript:)/i.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== ORIGIN) {
        if (tag!.toLowerCase() !== 'a') problems.push(`/${page}: <${tag}> loads from another host: ${value}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`/${page}: broken link ${value}`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push(`/${page}: anchor ${url.hash} not found in ${url.pathname}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
