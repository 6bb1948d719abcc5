// After `astro build`: give every page its Content-Security-Policy, index the built site for search (Pagefind) and
// write a service worker that precaches the whole course (Workbox), so that after one visit every page, island and
// exercise works with the network off. The policy comes first so the precached pages carry it too.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import { withCsp } from './lib/csp.mjs';
import { OUT_DIR } from './lib/out-dir.mjs';

const DIST = OUT_DIR;

let pages = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) {
      writeFileSync(full, withCsp(readFileSync(full, 'utf8')));
      pages++;
    }
  }
};
walk(DIST);
console.log(`security: Content-Security-Policy written into ${pages} pages`);

const { index, errors } = await pagefind.createIndex({
  rootSelector: 'main',
  // Raw TeX and server-rendered island markup would fill the search excerpts with noise.
  excludeSelectors: ['.katex-html', '.katex-mathml annotation', 'astro-island', '.quiz', 'nav', '.playground'],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const indexed = await index.addDirectory({ path: DIST });
if (indexed.errors.length) throw new Error(`Pagefind: ${indexed.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${DIST}/pagefind` });
await pagefind.close();
console.log(`search: indexed ${indexed.page_count} pages`);

// The SCORM package registers no service worker (src/layouts/BaseLayout.astro): there is nothing to precache for.
if (process.env.COURSE_SCORM === '1') process.exit(0);

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  globPatterns: ['**/*.{html,js,css,svg,png,woff,woff2,ttf,json,webmanifest,wasm}', 'pagefind/**/*'],
  swDest: `${DIST}/sw.js`,
  // quantum-circuit's lazy chunk is about 1 MB; the course must work offline with it too.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Pagefind asks for its files with ?ts=…, and the search page keeps its query in ?q=; without this both miss the cache offline.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^q$/],
  cleanupOutdatedCaches: true,
  // An address that was never part of the course: online the host answers (its 404); offline the network fails and
  // the course's own "Page not found" is served from the precache instead of the browser's "no internet" page.
  // Precached pages are matched first, so this only ever sees addresses the course does not have.
  runtimeCaching: [{
    urlPattern: ({ request }) => request.mode === 'navigate',
    handler: 'NetworkOnly',
    options: { precacheFallback: { fallbackURL: '404.html' } },
  }],
  // A new build's worker waits until the pages of the old one are closed, or until a page's "Reload" asks it
  // (SKIP_WAITING): taking over at once would delete files an open tab still needs (its grading worker, say).
  // Claiming clients is safe: it only matters on the first install, when no old worker is there to replace.
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  // Adds the cross-origin-isolation headers to everything the worker serves, so threads get shared memory
  // (public/sw-isolation.js says how and why). Relative: resolved against sw.js, wherever the course is hosted.
  importScripts: ['sw-isolation.js'],
  mode: 'production',
});
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(`offline: precaching ${count} files, ${(size / 1024 / 1024).toFixed(1)} MiB`);
