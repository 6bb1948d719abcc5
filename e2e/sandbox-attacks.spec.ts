// Learner code in the browser as an attacker would write it (pasted from a forum, or an imported work file): it runs in
// the sandbox frame's workers, an opaque origin with a policy that allows no network. Judged by outcomes: no request
// reaches a listener, the site's caches and databases are untouched, nothing is marked passed, and the page still
// grades honest code afterwards.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';

let server: Server;
let hits = 0;
let port = 0;
test.beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('// reached');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
test.afterAll(() => server.close());

async function setCode(page: Page, code: string) {
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

const attack = (port: number) => `
const g: any = globalThis;
const url = 'http://127.0.0.1:${port}/';
const tried: Record<string, string> = { origin: String(g.origin) };
const attempt = (name: string, f: () => unknown) => { try { f(); tried[name] = 'allowed'; } catch (e: any) { tried[name] = 'blocked: ' + e.name; } };
attempt('sync-xhr', () => { const x = new XMLHttpRequest(); x.open('GET', url + 'xhr', false); x.send(); });
attempt('importScripts', () => g.importScripts(url + 'script.js'));
attempt('fetch', () => { fetch(url + 'fetch', { mode: 'no-cors' }).catch(() => {}); });
attempt('websocket', () => { new WebSocket('ws://127.0.0.1:${port}/ws'); });
attempt('indexedDB', () => { const r = g.indexedDB.open('qgen-attack'); r.onsuccess = () => {}; });
attempt('caches', () => { g.caches.open('qgen-attack').then((c: any) => c.put(url, new Response('pwned'))).catch(() => {}); });
attempt('parent', () => { if (!g.parent || !g.parent.document) throw new TypeError('no page'); });
attempt('nested-worker', () => { new Worker(URL.createObjectURL(new Blob(['fetch("' + url + 'nested")']))); });
g.postMessage({ type: 'graded', results: [], score: 13, max: 13 });
export function bornProbabilities(): number[] { throw new Error('REPORT ' + JSON.stringify(tried)); }
export function createSampler() { return () => 0; }
export function sampleCounts() { return {}; }
`;

test('hostile code in the editor reaches no network, no storage and no page, and forges no pass', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('exercises/01-sampler/');
  const editor = page.locator('section.editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  await expect(editor.getByTestId('self-assessment')).toContainText(/credit for the course comes from your instructor/);
  const before = await page.evaluate(async () => ({ caches: await caches.keys(), dbs: (await indexedDB.databases()).map((d) => d.name) }));

  await setCode(page, attack(port));
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText(/points in/, { timeout: 60_000 });
  const report = await editor.locator('li[data-check="probabilities"] .message').innerText();
  const tried = JSON.parse(report.slice(report.indexOf('{'))) as Record<string, string>;
  console.log('sandbox attack report', tried);
  expect(tried.origin).toBe('null');
  // A WebSocket or fetch refused by the policy fails later, not at the call: the listener's count below judges those.
  for (const k of ['sync-xhr', 'importScripts', 'indexedDB', 'parent']) expect(tried[k], k).toMatch(/^blocked/);
  await expect(editor.getByTestId('grade-status')).toContainText(/^0 of \d+ points/);

  // Honest code still grades in the same page, and only then is anything marked passed.
  await setCode(page, readFileSync('exercises/01-sampler/solution/sampler.ts', 'utf8'));
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText(/^(\d+) of \1 points/, { timeout: 60_000 });
  const after = await page.evaluate(async () => ({ caches: await caches.keys(), dbs: (await indexedDB.databases()).map((d) => d.name) }));
  expect(after.caches).toEqual(before.caches);
  expect(after.dbs).toEqual(before.dbs);
  expect(after.caches).not.toContain('qgen-attack');
  // Requests are sent as soon as code asks, long before grading ends: none came.
  expect(hits).toBe(0);
  // The attacker's own unhandled, refused fetches surface as errors of its worker; nothing else may.
  expect(errors.filter((e) => e !== 'Failed to fetch')).toEqual([]);
});

test('a forged pass from the hostile run is not on the home page', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.goto('exercises/01-sampler/');
  const editor = page.locator('section.editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  await setCode(page, attack(port));
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText(/points in/, { timeout: 60_000 });
  const progress = await page.evaluate(() => JSON.stringify(localStorage));
  expect(progress).not.toMatch(/01-sampler[^}]*passed/);
  expect(hits).toBe(0);
});
