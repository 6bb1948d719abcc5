// Page-weight budgets, computed from the build: the gzip size of the JavaScript each page loads before any lazy
// import (exercise pages: everything they can ever load, see fullClosure). A page over budget fails with its name
// and the files that make it up.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { builtPages, DIST } from './built-pages';

const KB = 1024;
/** Budgets by page type (gzip bytes). Pages with no island may carry only the small theme and progress scripts. */
// Exercise pages: 250 KB until the learner-code sandbox (issue 14) added about 8 KB to the grading worker (the wire,
// the sandbox program it writes into each learner worker, and the checks' async stand-ins).
// Lessons: 60 KB until every number field got its checker and message (issue 17: src/lib/format/number-field.ts,
// NumberField.svelte and the one number formatter), about 5 KB on the lessons with the most islands; then 68 KB when
// the one OpenQASM reader (issue 22, with qelib1's gates and gate definitions) replaced the small lesson reader in the
// playground island, about 3.5 KB. Reading a pasted program no longer fetches quantum-circuit (about 260 KB).
// Then 72 KB: the playground runs pasted programs that measure in the middle, reset or use if (issue 22: the reader's
// dynamic steps, the worker client and the outcome table, about 1.5 KB) and every lesson reports visits to an LMS and
// marks its review cards due (issue 21, about 1 KB); lesson 1, which holds a playground, measured 70.1 KB.
// Review (issue 21): the Svelte runtime, the deck island and the FSRS scheduler (ts-fsrs, about 13 KB): 42 KB measured.
const BUDGET = { plain: 15 * KB, lesson: 72 * KB, exercise: 260 * KB, playground: 60 * KB, review: 48 * KB };

function kind(page: string): keyof typeof BUDGET {
  if (page.startsWith('lessons/')) return 'lesson';
  if (page.startsWith('exercises/')) return 'exercise';
  if (page.startsWith('playground/') || page.startsWith('bench/')) return 'playground';
  if (page.startsWith('review/')) return 'review';
  return 'plain';
}

/** A module and its static imports, recursively (dynamic import() is lazy and not counted). */
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    staticClosure(new URL(m[1]!, `file://${process.cwd()}/${entry}`).pathname.slice(process.cwd().length + 1), seen);
  }
  return seen;
}

/**
 * Everything a module can ever load: static and dynamic imports and the workers it starts, recursively. Exercise pages
 * are budgeted on this, because their editor, transpiler and grading worker all arrive once the learner starts.
 */
function fullClosure(entry: string, base: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/["'`]((?:\.\.?\/|\/)[^"'`\s]*?\.js)["'`]/g)) {
    const ref = m[1]!;
    const file = ref.startsWith('/')
      ? `${DIST}/${ref.slice(base.length)}`
      : new URL(ref, `file://${process.cwd()}/${entry}`).pathname.slice(process.cwd().length + 1);
    fullClosure(file, base, seen);
  }
  return seen;
}

/**
 * A lesson's inline exercises (src/components/site/Exercise.astro) hydrate only when they come on screen
 * (client:visible), so their editor, transpiler and grader are not part of what the lesson loads first: they are
 * budgeted apart, as everything the exercise can ever load, under the exercise budget. (e2e/inline-exercises.spec.ts
 * checks in the browser that none of it is fetched before the exercise is scrolled to.)
 */
const INLINE_EXERCISE_ISLAND = /<astro-island[^>]*component-url="([^"]*\/(?:ExerciseEditor|HintReveal)\.[^"]+\.js)"[^>]*client="visible"/g;

/** A chunk that is only a file's text (Vite's ?raw import): the grading worker's lazy map of helper sources. */
const RAW_SOURCE_CHUNK = /^var \w+=`[\s\S]*`;export\{\w+ as default\};?\s*$/;

/**
 * Gzip bytes of a closure in which the per-exercise chunks count as one exercise's do: the grading worker imports
 * each exercise's grader (exercises/<id>/grader.ts, chunks named grader-*) and the source of its helper files (raw
 * text chunks) lazily, and grades one exercise at a time, so each kind is counted as its largest chunk.
 */
function closureBytes(files: Iterable<string>): number {
  let bytes = 0;
  let largestGrader = 0;
  let largestSource = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const size = gzipSync(text).length;
    if (/\/grader-[^/]*\.js$/.test(f)) largestGrader = Math.max(largestGrader, size);
    else if (RAW_SOURCE_CHUNK.test(text)) largestSource = Math.max(largestSource, size);
    else bytes += size;
  }
  return bytes + largestGrader + largestSource;
}

test('JavaScript per page stays within budget', () => {
  const base = process.env.COURSE_BASE ?? '/';
  const report: string[] = [];
  const over: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(`${DIST}/${page}index.html`, 'utf8');
    const lazyExercise = new Set<string>();
    if (kind(page) === 'lesson') for (const m of html.matchAll(INLINE_EXERCISE_ISLAND)) lazyExercise.add(`${DIST}/${m[1]!.slice(base.length)}`);
    if (lazyExercise.size > 0) {
      const closure = new Set<string>();
      for (const e of lazyExercise) for (const f of fullClosure(e, base)) closure.add(f);
      const bytes = closureBytes(closure);
      report.push(`/${page} inline exercises, once on screen: ${(bytes / KB).toFixed(1)} KB gzip (exercise budget ${BUDGET.exercise / KB} KB)`);
      if (bytes > BUDGET.exercise) over.push(`/${page}'s inline exercises can load ${(bytes / KB).toFixed(1)} KB of JavaScript (gzip), over the ${BUDGET.exercise / KB} KB exercise budget`);
    }
    const entries = new Set<string>();
    for (const m of html.matchAll(/(?:src|component-url|renderer-url|href)="([^"]+\.js)"/g)) entries.add(`${DIST}/${m[1]!.slice(base.length)}`);
    for (const e of lazyExercise) entries.delete(e);
    const files = new Set<string>();
    for (const e of entries) for (const f of kind(page) === 'exercise' ? fullClosure(e, base) : staticClosure(e)) files.add(f);
    const bytes = closureBytes(files);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((a, m) => a + gzipSync(m[1]!).length, 0);
    const total = bytes + inline;
    const limit = BUDGET[kind(page)];
    report.push(`/${page}: ${(total / KB).toFixed(1)} KB gzip (${kind(page)} budget ${limit / KB} KB)`);
    if (total > limit) over.push(`/${page} ships ${(total / KB).toFixed(1)} KB of JavaScript (gzip), over its ${limit / KB} KB budget: ${[...files].map((f) => f.replace(`${DIST}/`, '')).join(', ')}`);
  }
  console.log(report.join('\n'));
  expect(over).toEqual([]);
});
