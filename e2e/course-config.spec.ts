// The built site does what the course configuration says: reference solutions are nowhere in dist/ unless it
// publishes them (and then they are there, which also proves the search below can find them), left-out lessons and
// exercises have no page and no link anywhere (pages, search index, service worker), and due dates and the
// instructor are shown. Reads the files in dist/, like links.spec.ts. scripts/run-e2e.mjs runs it twice: on the
// shipped course.config.json, and on tests/fixtures/course-config/instructor.json under a base path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { loadCourseConfig, courseConfigPath } from '../src/lib/course-config/load';
import { includesExercise, includesLesson } from '../src/lib/course-config/select';
import { formatDueDate } from '../src/lib/course-config/due-date';
import { lessonSlug } from '../src/lib/site/with-base';
import { builtPages, DIST } from './built-pages';
import { builtTexts, normalise, solutionProbes, whereFound } from './solution-leaks';

const config = loadCourseConfig();
/** An exercise's kind and lesson, from its exercise.json. */
const metaOf = (id: string) => JSON.parse(readFileSync(`exercises/${id}/exercise.json`, 'utf8')) as { kind: string; lesson: string };
const kindOf = (id: string) => metaOf(id).kind;
const lessonOf = (id: string) => metaOf(id).lesson;
/** Where an exercise is done on the site: its own page (project), or its lesson's page (short exercise). */
const pageOf = (id: string) => (kindOf(id) === 'project' ? `exercises/${id}/index.html` : `lessons/${lessonOf(id)}/index.html`);
const texts = builtTexts(DIST);
const source = courseConfigPath();
const base = process.env.COURSE_BASE ?? '/';
const HREF = /\shref="([^"]*)"/g;

test(`reference solutions are in the build only if ${source} publishes them`, () => {
  const problems: string[] = [];
  for (const probe of solutionProbes('.')) {
    // A short exercise is shown only in its lesson, so a left-out lesson takes its exercises' solutions with it.
    const shown = includesExercise(config, probe.exercise) && (kindOf(probe.exercise) === 'project' || includesLesson(config, lessonOf(probe.exercise)));
    const expected = config.publishSolutions && shown;
    const where = pageOf(probe.exercise);
    for (const [line, files] of whereFound(probe, texts)) {
      const elsewhere = files.filter((f) => !(expected && f === where));
      if (elsewhere.length) problems.push(`${probe.file} leaked into ${elsewhere.join(', ')}: ${line}`);
      if (expected && !files.includes(where)) problems.push(`${probe.file} should be published on ${where} but this line is not there: ${line}`);
    }
  }
  expect(problems).toEqual([]);
});

test(`lessons and exercises that ${source} leaves out are neither built nor linked`, () => {
  const lessons = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).map(lessonSlug);
  const exercises = readdirSync('exercises').filter((d) => /^\d\d-/.test(d));
  const excluded = [
    ...lessons.filter((s) => !includesLesson(config, s)).map((s) => `lessons/${s}/`),
    ...exercises.filter((id) => !includesExercise(config, id)).map((id) => `exercises/${id}/`),
  ];
  const problems: string[] = [];
  for (const path of excluded) if (existsSync(`${DIST}/${path}`)) problems.push(`${path} is left out, but was built`);
  // Links: every href on every page, resolved the way a browser would (lesson text links relatively, ../x/).
  for (const page of builtPages()) {
    for (const [, href] of readFileSync(`${DIST}/${page}index.html`, 'utf8').matchAll(HREF)) {
      const { pathname } = new URL(href!.replace(/&amp;/g, '&'), `http://site.invalid${base}${page}`);
      const hit = excluded.find((path) => pathname.startsWith(`${base}${path}`));
      if (hit) problems.push(`/${page} links to ${hit}, which is left out`);
    }
  }
  // The Pagefind index (unzipped) and the service worker's precache list name pages by URL path.
  for (const [file, text] of texts) {
    if (file.endsWith('.html')) continue; // page text may mention a left-out page; only its links count, checked above
    // Script chunks are code, not navigation: the grading worker's lazy map of graders is keyed by every exercise
    // folder, published or not, and a key is not a link.
    if (file.startsWith('_astro/')) continue;
    // A search fragment holds a page's text as well as its address: only the address counts (the instructor guide
    // mentions /lessons/decoherence/ as an example, in prose).
    const named = file.includes('/fragment/') ? [...text.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]!).join('\n') : text;
    for (const path of excluded) {
      if (new RegExp(`(^|[/"'])${path}`, 'm').test(named)) problems.push(`${file} names ${path}, which is left out`);
    }
  }
  expect(problems).toEqual([]);
});

test(`due dates from ${source} are shown on the exercise pages and the home page`, () => {
  const home = texts.get('index.html')!;
  for (const [id, due] of Object.entries(config.dueDates)) {
    const shown = normalise(formatDueDate(due));
    if (kindOf(id) === 'project') expect(texts.get(pageOf(id)), pageOf(id)).toContain(`Due: ${shown}`);
    else expect(texts.get(pageOf(id)), pageOf(id)).toContain(`due ${shown}`);
    expect(home, 'home page').toContain(shown);
  }
});

test(`the title and instructor from ${source} are on every page`, () => {
  const pages = [...texts].filter(([file]) => file.endsWith('index.html'));
  expect(pages.length).toBeGreaterThan(1);
  for (const [file, text] of pages) {
    // Booleans, not toContain: a failure would otherwise print the whole page.
    expect(text.includes(normalise(config.title)), `${file} shows the title "${config.title}"`).toBe(true);
    if (config.instructor) expect(text.includes(`Taught by ${normalise(config.instructor.name)}`), `${file} names the instructor`).toBe(true);
  }
});
