// A new build deployed while a learner has the course open: the open tab keeps working on the old build (its grading
// worker is gone from the server but still in the old service worker's cache), the page offers the new version, and
// Reload brings it. Served from a copy of dist/ by a small static server of this test's own, so the "deploy" changes
// only the copy.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST } from './built-pages';
import { staticServer } from '../scripts/lib/static-server.mjs';
import { untilControlled } from './service-worker';
let dir = '';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync(DIST, dir, { recursive: true });
  server = staticServer(dir, '/');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
test.afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('after a new deploy an open tab keeps grading, is offered the new version, and Reload brings it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/exercises/01-sampler/`);
  await untilControlled(page);
  // From now on the tab is the old build's, controlled by its worker.
  await page.reload();
  const editor = page.locator('section.editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });

  // The deploy: the grading worker's file is renamed away, the exercise page changes, the service worker lists both.
  const assets = readdirSync(join(dir, '_astro'));
  const gradeWorker = assets.find((f) => /^grade\.worker-.*\.js$/.test(f))!;
  rmSync(join(dir, '_astro', gradeWorker));
  const pagePath = join(dir, 'exercises', '01-sampler', 'index.html');
  writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace('</head>', '<meta name="build" content="2"></head>'));
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const next = sw
    .replace(new RegExp(`\\{url:"_astro/${gradeWorker.replace(/\./g, '\\.')}",revision:[^}]*\\},?`), '')
    .replace(/(url:"exercises\/01-sampler\/index\.html",revision:")[0-9a-f]+/, '$1deploy2');
  expect(next).not.toBe(sw);
  writeFileSync(join(dir, 'sw.js'), next);
  expect((await page.request.get(`${origin}/_astro/${gradeWorker}`)).status()).toBe(404);

  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const bar = page.locator('.update-bar');
  await expect(bar).toContainText('A new version of the course is available', { timeout: 60_000 });

  // The old tab still grades: its worker file comes from the old build's cache.
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(readFileSync('exercises/01-sampler/solution/sampler.ts', 'utf8'));
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText(/^(\d+) of \1 points/, { timeout: 60_000 });

  await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', '2', { timeout: 30_000 });
  expect(errors).toEqual([]);
});
