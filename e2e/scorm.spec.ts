// The SCORM 1.2 package inside a real SCORM run-time: a host page plays the LMS with scorm-again's Scorm12API (the
// LMS side of the standard, from npm) and launches one exercise's item from the package in a frame, as an LMS does.
// Passing the exercise must reach the LMS as score and status; the lesson opened must reach suspend_data. Runs only
// on a package (SCORM_PACKAGE, written by `npm run package -- scorm` in scripts/run-e2e.mjs); first it checks, without
// a browser, that every address in the package's pages resolves to a file inside the zip.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from '@playwright/test';

const ZIP = process.env.SCORM_PACKAGE ?? '';
const HOST = process.env.COURSE_OUT_DIR ?? '';
const ID = '04-apply-gate';
test.skip(!ZIP, 'runs on a SCORM package: SCORM_PACKAGE=<zip> (scripts/run-e2e.mjs sets it)');

let files: Record<string, Uint8Array> = {};
test.beforeAll(() => {
  files = unzipSync(readFileSync(ZIP));
  rmSync(join(HOST, 'pkg'), { recursive: true, force: true });
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(HOST, 'pkg', name)), { recursive: true });
    writeFileSync(join(HOST, 'pkg', name), data);
  }
  // The stand-in LMS (tests/fixtures/scorm-host, copied here by scripts/run-e2e.mjs before the server starts) needs
  // scorm-again's LMS side beside it.
  cpSync('tests/fixtures/scorm-host', HOST, { recursive: true });
  cpSync('node_modules/scorm-again/dist/scorm12.min.js', join(HOST, 'scorm12.min.js'));
});

test('every address in the package resolves to a file inside it', () => {
  expect(files['imsmanifest.xml']).toBeDefined();
  const missing: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.html')) continue;
    const html = new TextDecoder().decode(data);
    for (const m of html.matchAll(/\b(?:href|src|component-url|renderer-url|data-pagefind)="([^"]+)"/g)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|#|\/\/)/i.test(url)) continue; // other schemes (mailto:, data:) and in-page anchors
      if (url.startsWith('/')) {
        missing.push(`${name}: ${url} (from the server's root)`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(name), url.split(/[?#]/)[0]!));
      if (!files[target]) missing.push(`${name}: ${url}`);
    }
  }
  expect(missing).toEqual([]);
});

test('an exercise passed inside the package reaches the LMS as score and status', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const href = new RegExp(`identifier="res-exercise-${ID}"[^>]*href="([^"]+)"`).exec(manifest)![1]!.replace(/&amp;/g, '&');
  // The learner's solution is already saved in this browser, as if typed earlier.
  await page.goto('');
  const solution = readFileSync(`exercises/${ID}/solution/apply-gate.ts`, 'utf8');
  await page.evaluate(([id, code]) => localStorage.setItem(`qgen-work-${id}`, JSON.stringify({ format: 'qgen-exercise-work', version: 1, exercise: id, files: { 'apply-gate.ts': code }, savedAt: new Date().toISOString() })), [ID, solution]);
  await page.goto(`?launch=${encodeURIComponent(href)}`);

  const lesson = page.frameLocator('iframe').frameLocator('#course');
  const ex = lesson.locator(`#exercise-${ID}`);
  await ex.locator('section.editor').scrollIntoViewIfNeeded();
  await expect(ex.getByTestId('editor-content')).toBeVisible({ timeout: 60_000 });
  await ex.getByRole('button', { name: 'Run checks' }).click();
  await expect(ex.getByTestId('grade-status')).toContainText(/(\d+) of \1 points/, { timeout: 60_000 });

  const lms = await page.evaluate(() => {
    const api = (window as unknown as { API: { LMSGetValue(e: string): string } }).API;
    return Object.fromEntries(['cmi.core.score.raw', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.suspend_data'].map((e) => [e, api.LMSGetValue(e)]));
  });
  expect(lms['cmi.core.score.raw']).toBe('100');
  expect(lms['cmi.core.lesson_status']).toBe('passed');
  expect(lms['cmi.core.lesson_location']).toMatch(/^lessons\/qubits-and-superposition\/index\.html/);
  expect(JSON.parse(lms['cmi.suspend_data']!)).toMatchObject({ v: 1, l: expect.arrayContaining(['qubits-and-superposition']), e: { [ID]: [expect.any(Number), expect.any(Number)] } });
  expect(errors).toEqual([]);
});
