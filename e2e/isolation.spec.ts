// Cross-origin isolation, which the course's service worker adds (public/sw-isolation.js) so that simulations can
// share memory between threads. On the first visit no worker controls the page: it is not isolated and big circuits
// run on one thread, silently. From the next load on the page is isolated, big circuits run on the thread pool, and
// everything else still works as before: search, fonts, workers, the learner-code sandbox, offline use, the CSP.
import { test, expect, type Page } from '@playwright/test';
import { writeToHash } from '../src/lib/share/circuit-url';
import type { Circuit } from '../src/lib/quantum';
import { untilControlled } from './service-worker';

/** 16 qubits (above the thread threshold): H on q0, CX q0→q15, X on q3, so only two basis states, each 1/2. */
const BIG: Circuit = { numQubits: 16, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 15] }, { gate: 'x', wires: [3] }] };
const BIG_STATES = ['0000000000001000', '1000000000001001']; // qubit 0 is the rightmost character

/** Errors, and Content-Security-Policy violations reported in the page, for every page the test opens. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return errors;
}

const isolated = (page: Page) => page.evaluate(() => crossOriginIsolated);

/** Threads the pool should use here: one per core the browser reports, at most 8 (src/lib/quantum/threads-browser.ts). */
const expectedThreads = (page: Page) => page.evaluate(() => Math.min(8, navigator.hardwareConcurrency || 1));

async function bigCircuitThreads(page: Page): Promise<string> {
  // From another page: a goto to the same address and hash would only scroll, not load the page again.
  await page.goto('');
  await page.goto(`playground/${writeToHash('', 'main', BIG)}`);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  const probs = page.getByTestId('probabilities');
  for (const b of BIG_STATES) await expect(probs.locator(`tbody tr[data-bitstring="${b}"] td`).nth(1)).toHaveText('0.500', { timeout: 60_000 });
  return (await page.getByTestId('sim-threads').textContent())!;
}

test('the service worker makes pages cross-origin isolated from the second load, and nothing breaks', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = await watch(page);

  // First visit: not isolated; the big circuit still runs, on one thread, and the page says why.
  expect(await bigCircuitThreads(page)).toContain('one CPU thread: sharing the work between cores needs a cross-origin-isolated page');
  expect(await isolated(page)).toBe(false);
  await untilControlled(page);

  // Next load: isolated, and the same circuit runs on the pool with the same probabilities.
  const threads = await expectedThreads(page);
  const text = await bigCircuitThreads(page);
  expect(await isolated(page)).toBe(true);
  expect(text).toBe(threads > 1 ? `Computed in the background on ${threads} CPU threads.` : 'Computed in the background on one CPU thread.');
  // The instructor's copy (run-e2e.mjs, under /courses/qgen/) needs only this much: that the worker's imported
  // script resolves under a base path and isolates the pages; the rest is the same code as at the root.
  if (process.env.COURSE_BASE) {
    expect(errors).toEqual([]);
    return;
  }

  // The state-space wall says how many cores it used: one up to 16 qubits (measured on the page's thread), the
  // pool's threads from 17 (in its worker).
  await page.goto('lessons/entanglement-and-parallelism/');
  const wall = page.locator('section.wall');
  await wall.scrollIntoViewIfNeeded();
  const add = wall.getByRole('button', { name: /Add a qubit/ });
  for (let k = 1; k <= 17; k++) {
    await expect(add).toBeEnabled({ timeout: 60_000 });
    await add.click();
    await expect(wall.getByRole('status')).toContainText(`${k} qubits: one layer`, { timeout: 60_000 });
    if (k === 16) await expect(wall.getByTestId('wall-cores')).toHaveText('1');
  }
  await expect(wall.getByTestId('wall-cores')).toHaveText(String(threads));
  await expect(wall.getByRole('status')).toContainText(`on ${threads} CPU core${threads === 1 ? '' : 's'}`);

  // Search (Pagefind's script, WebAssembly and index files) and the self-hosted fonts load under require-corp.
  await page.goto('search/?q=entanglement');
  expect(await isolated(page)).toBe(true);
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible({ timeout: 30_000 });
  await page.goto('lessons/qubits-and-superposition/');
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    // Ask for the faces the page uses, so a blocked font file would show as an error rather than go unrequested.
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
    return [...document.fonts].map((f) => `${f.family} ${f.status}`);
  });
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.endsWith('loaded'))).toEqual([]);

  // The exercise sandbox (an opaque-origin srcdoc frame and its blob: worker) still runs learner code and grades it
  // (the report below comes back through a check), and the learner's frame does not share the page's isolation:
  // learner code gets no shared memory or fine timers.
  await page.goto('exercises/01-sampler/');
  const editor = page.locator('section.editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  // What learner code sees where it runs (the frame's blob: worker), reported through a check's message.
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(`
const g: any = globalThis;
const seen = { isolated: g.crossOriginIsolated, sharedMemory: typeof g.SharedArrayBuffer };
export function bornProbabilities(): number[] { throw new Error('REPORT ' + JSON.stringify(seen)); }
export function createSampler() { return () => 0; }
export function sampleCounts() { return {}; }
`);
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText(/points in/, { timeout: 120_000 });
  const report = await editor.locator('li[data-check="probabilities"] .message').innerText();
  expect(JSON.parse(report.slice(report.indexOf('{'), report.lastIndexOf('}') + 1))).toEqual({ isolated: false, sharedMemory: 'undefined' });

  // Offline: the precached copy is served with the same headers, so the page stays isolated and threaded.
  await context.setOffline(true);
  expect(await bigCircuitThreads(page)).toBe(text);
  expect(await isolated(page)).toBe(true);
  await context.setOffline(false);

  expect(errors).toEqual([]);
});
