// Every number field of the islands, emptied or filled with something it cannot use, as a new learner did (issue 17):
// a message beside the field (aria-describedby, aria-invalid), no page error, the last results kept but marked as not
// updated, and no NaN, null, undefined or Infinity anywhere in the island.
import { test, expect, type Locator, type Page } from '@playwright/test';

const LEAK = /\bNaN\b|\bnull\b|\bundefined\b|Infinity/;
// The islands' own text may say "undefined" in English (the Bloch phase is "undefined at a pole").
const ISLAND_LEAK = /\bNaN\b|\bnull\b|Infinity|\(seed \)/;

async function island(page: Page, path: string, selector: string): Promise<{ el: Locator; errors: string[] }> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: el })).not.toHaveAttribute('ssr', { timeout: 30_000 });
  return { el, errors };
}

/** Types `bad` into the field, checks the message and the ARIA ties, then puts `good` back and checks they are gone. */
async function refuses(el: Locator, testid: string, bad: string, good: string, message: RegExp | string, results?: string) {
  const field = el.getByTestId(testid);
  const msg = el.getByTestId(`${testid}-msg`);
  await field.fill(bad);
  await expect(msg).toBeVisible();
  if (typeof message === 'string') await expect(msg).toHaveText(message);
  else await expect(msg).toHaveText(message);
  await expect(msg).not.toHaveText(LEAK);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', (await msg.getAttribute('id'))!);
  if (results) {
    await expect(el.getByTestId(results)).toHaveAttribute('data-stale', 'true');
    await expect(el.getByTestId(results).getByTestId('stale-note')).toContainText('Not updated');
  }
  await expect(el).not.toContainText(ISLAND_LEAK);
  await field.fill(good);
  await expect(msg).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  if (results) await expect(el.getByTestId(results)).toHaveAttribute('data-stale', 'false');
}

test('lesson 2: the entanglement lab refuses an empty seed and bad shots in words', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/entanglement-and-parallelism/', 'section.lab');
  await refuses(el, 'ent-seed', '', '4', 'Seed is empty: enter a whole number from 0 to 4,294,967,295.', 'ent-results');
  await refuses(el, 'ent-shots', '0', '1000', 'Shots must be a whole number from 1 to 100,000; 0 is too small.', 'ent-results');
  await refuses(el, 'ent-shots', '2.5', '1000', /not whole/, 'ent-results');
  expect(errors).toEqual([]);
});

test('lesson 3: an empty seed in the classical models is a message, not createRng throwing', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/generative-models/', 'section.gen');
  await refuses(el, 'gen-seed', '', '2', /^Seed is empty/, 'gen-results');
  await refuses(el, 'gen-seed', '-3', '2', /too small/, 'gen-results');
  expect(errors).toEqual([]);
});

test('lesson 6: the quantum prior keeps its table, marked, while the seed is empty', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/better-sampling/', 'section.qp');
  await expect(el.getByTestId('qp-sim-time')).toContainText(/\d (ns|µs|ms)\b/);
  await expect(el.getByTestId('qp-sim-time')).not.toContainText(/\d{4,}\.\d µs/); // not "38800.0 µs"
  await refuses(el, 'qp-seed', '', '8', /^Seed is empty/, 'qp-results');
  expect(errors).toEqual([]);
});

test('lesson 7: negative watts or layers give a message, not "joules: time and power must be ≥ 0"', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/energy/', 'section.energy');
  await expect(el.getByTestId('energy-shots')).toBeVisible({ timeout: 30_000 });
  await refuses(el, 'energy-laptop-w', '-5', '28', 'Laptop power must be a whole number from 1 W to 500 W; −5 W is too small.', 'energy-quantum-results');
  await refuses(el, 'energy-laptop-w', '', '28', /^Laptop power is empty/, 'energy-quantum-results');
  await refuses(el, 'energy-depth', '-1', '20', /^Layers must be a whole number from 1 to 100/);
  await refuses(el, 'energy-depth', '', '20', /^Layers is empty/);
  expect(errors).toEqual([]);
});

test('lesson 8: mirror pairs = 50 says the maximum; empty shots and seed are messages', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/decoherence/', 'section.dl');
  await refuses(el, 'dl-pairs', '50', '0', 'Mirror pairs must be a whole number from 0 to 20; 50 is too large.', 'dl-results');
  await refuses(el, 'dl-shots', '', '2000', /^Shots is empty/, 'dl-results');
  await refuses(el, 'dl-seed', '', '7', /^Seed is empty/, 'dl-results');
  await refuses(el, 'dl-t1', '-1', '100', /^T₁ must be a number of at least 0\.1 µs/, 'dl-results');
  expect(errors).toEqual([]);
});

test('lessons 1, 5, 9 and 11: the other number fields say what they accept', async ({ page }) => {
  let { el, errors } = await island(page, 'lessons/qubits-and-superposition/', 'section.bs');
  await refuses(el, 'bloch-seed', '', '1', /^Seed is empty/);
  await refuses(el, 'bloch-shots', '0', '100', /^Shots must be/);
  expect(errors).toEqual([]);
  ({ el, errors } = await island(page, 'lessons/faster-training/', 'section.gc'));
  await refuses(el, 'gc-params', '', '279', /^Parameters P is empty/, 'gc-results');
  expect(errors).toEqual([]);
  ({ el, errors } = await island(page, 'lessons/hardware-limits/', 'section.fb'));
  await refuses(el, 'fb-qubits', '0', '9', /^Qubits n must be/, 'fb-results');
  expect(errors).toEqual([]);
  ({ el, errors } = await island(page, 'lessons/the-future/', 'section.ft'));
  await refuses(el, 'ft-lambda', '', '2.14', /^Λ is empty/, 'ft-results');
  expect(errors).toEqual([]);
});

test('lesson 2: the stabilizer sampler refuses 1,001 qubits in words, then samples GHZ on 1,000 by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { el, errors } = await island(page, 'lessons/entanglement-and-parallelism/', 'section.stab');
  const n = el.getByTestId('stab-n');
  await n.fill('1001');
  await expect(el.getByTestId('stab-n-msg')).toContainText(/from 1 to 1,000/);
  await expect(el.getByRole('button', { name: 'Sample' })).toBeDisabled();
  await n.fill('1000');
  await el.getByRole('button', { name: 'Sample' }).focus();
  await page.keyboard.press('Enter');
  await expect(el.getByTestId('stab-status')).toContainText('1,000 qubits, 100 shots', { timeout: 20_000 });
  // GHZ: every shot all 0s or all 1s, the two cases both seen (missing one in 100 fair shots: probability 2^−99).
  await expect(el.getByTestId('stab-ghz')).toContainText('anything else: 0.');
  await expect(el.getByTestId('stab-distinct')).toHaveText('2');
  expect(await el.evaluate((s) => s.scrollWidth <= s.clientWidth + 1)).toBe(true); // 1,000-bit shots wrap inside 360 px
  expect(await el.textContent()).not.toMatch(ISLAND_LEAK);
  expect(errors).toEqual([]);
});
