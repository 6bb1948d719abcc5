// `npm run package -- scorm [--out=course-scorm.zip]`: the course as a SCORM 1.2 package for an LMS.
//
// Builds the site as usual (same course.config.json, or $COURSE_CONFIG: title, published lessons and exercises,
// solutions) under a placeholder base, makes every URL in it relative (scripts/lib/relative-base.ts), adds the launch
// page and the page script that talk to the LMS (src/lib/scorm/), gives every page its Content-Security-Policy again,
// writes imsmanifest.xml with one item per published lesson and exercise, and zips it all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { buildSync } from 'esbuild';
import { zipSync } from 'fflate';
import { withCsp } from './lib/csp.mjs';
import { PACKAGE_BASE, relativizeSite } from './lib/relative-base';
import { scormManifest, type ManifestExercise, type ManifestLesson } from './lib/scorm-manifest';
import { loadCourseConfig } from '../src/lib/course-config/load';

const args = process.argv.slice(2);
const format = args.find((a) => !a.startsWith('--'));
if (format !== 'scorm') {
  console.error('Usage: npm run package -- scorm [--out=<file.zip>]\nWrites the course as a SCORM 1.2 package (default: course-scorm.zip).');
  process.exit(2);
}
const out = args.find((a) => a.startsWith('--out='))?.slice(6) || 'course-scorm.zip';
const site = process.env.COURSE_PACKAGE_DIR ?? 'test-results/build/scorm-package';
const course = loadCourseConfig();

// 1. The site, built as always but under the placeholder base and without a service worker (BaseLayout, postbuild).
rmSync(site, { recursive: true, force: true });
const built = spawnSync('npm', ['run', '-s', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, COURSE_BASE: PACKAGE_BASE, COURSE_SCORM: '1', COURSE_OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (built.status !== 0) process.exit(built.status ?? 1);

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const f = join(dir, n);
  return statSync(f).isDirectory() ? walk(f) : [f];
});
const rel = (f: string) => relative(site, f).split(sep).join('/');
// The web app manifest names the placeholder as its start and has no use inside an LMS (no page links it here).
rmSync(join(site, 'manifest.webmanifest'), { force: true });

// 2. Relative URLs everywhere.
const left = relativizeSite(site, walk(site));
if (left.length) {
  console.error(`package: these files still hold the build's placeholder base, in a form the packager does not rewrite:\n  ${left.join('\n  ')}`);
  process.exit(1);
}

// 3. The LMS side: two small scripts of the package's own, the launch page, and every page loading the page script.
mkdirSync(join(site, 'scorm'), { recursive: true });
for (const [entry, file] of [['launch-entry.ts', 'launch.js'], ['page-entry.ts', 'page.js']] as const) {
  buildSync({ entryPoints: [`src/lib/scorm/${entry}`], bundle: true, format: 'esm', target: 'es2022', minify: true, outfile: join(site, 'scorm', file), logLevel: 'warning' });
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
writeFileSync(join(site, 'scorm', 'launch.html'), withCsp(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(course.title)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="launch.css">
<script type="module" src="launch.js"></script>
</head>
<body>
<iframe id="course" title="${esc(course.title)}"></iframe>
</body>
</html>
`));
// A stylesheet file, not a style attribute: the frame fills the LMS's window and the page never scrolls around it.
writeFileSync(join(site, 'scorm', 'launch.css'), 'html, body { margin: 0; height: 100%; overflow: hidden; }\n#course { display: block; width: 100%; height: 100%; border: 0; }\n');
const pages = walk(site).filter((f) => f.endsWith('.html') && !rel(f).startsWith('scorm/'));
for (const f of pages) {
  const up = '../'.repeat(rel(f).split('/').length - 1) || './';
  const html = readFileSync(f, 'utf8').replace('</head>', `<script type="module" src="${up}scorm/page.js"></script></head>`);
  writeFileSync(f, withCsp(html));
}

// 4. The items: published lessons in course order, each with its exercises, as the build has them.
const lessonFiles = readdirSync('content/lessons').filter((f) => /^\d+-.+\.mdx$/.test(f)).sort();
const titleOf = (html: string) => {
  const t = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return t.split(' · ')[0]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
};
const exercises = readdirSync('exercises').filter((d) => existsSync(join('exercises', d, 'exercise.json'))).sort()
  .map((d) => JSON.parse(readFileSync(join('exercises', d, 'exercise.json'), 'utf8')) as { id: string; title: string; kind: string; lesson: string });
const lessons: ManifestLesson[] = [];
const placed = new Set<string>();
for (const file of lessonFiles) {
  const slug = file.replace(/^\d+-|\.mdx$/g, '');
  const page = join(site, 'lessons', slug, 'index.html');
  if (!existsSync(page)) continue;
  const html = readFileSync(page, 'utf8');
  const mine: ManifestExercise[] = [];
  for (const e of exercises.filter((x) => x.lesson === slug)) {
    const project = join(site, 'exercises', e.id, 'index.html');
    if (e.kind === 'project' ? existsSync(project) : html.includes(`id="exercise-${e.id}"`)) {
      mine.push({ id: e.id, title: e.title, page: e.kind === 'project' ? `exercises/${e.id}/index.html` : `lessons/${slug}/index.html#exercise-${e.id}` });
      placed.add(e.id);
    }
  }
  lessons.push({ slug, title: titleOf(html), order: Number(/^(\d+)/.exec(file)![1]), exercises: mine });
}
const looseExercises = exercises.filter((e) => e.kind === 'project' && !placed.has(e.id) && existsSync(join(site, 'exercises', e.id, 'index.html')))
  .map((e) => ({ id: e.id, title: e.title, page: `exercises/${e.id}/index.html` }));
const files = walk(site).map(rel).sort();
writeFileSync(join(site, 'imsmanifest.xml'), scormManifest({ title: course.title, lessons, looseExercises, files }));

// 5. The zip: imsmanifest.xml at its root, as SCORM requires.
const entries: Record<string, Uint8Array> = {};
for (const f of walk(site)) entries[rel(f)] = readFileSync(f);
mkdirSync(dirname(out) || '.', { recursive: true });
writeFileSync(out, zipSync(entries, { level: 6 }));
const items = lessons.reduce((a, l) => a + 1 + l.exercises.length, looseExercises.length);
console.log(`package: ${out}, SCORM 1.2, ${lessons.length} lessons and ${items - lessons.length} exercises as ${items} items, ${files.length + 1} files, ${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB`);
