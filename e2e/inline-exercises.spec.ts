// Short exercises inside a lesson, as a learner meets them: nothing of the editor or the grader is fetched until the
// exercise comes on screen; then the starter scores 0, the reference solution passes every check, a typical mistake
// fails the check named for it, and the pass shows on the home page's list of exercises.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

const LESSON = 'lessons/qubits-and-superposition/';
const ID = '04-apply-gate';
const solution = readFileSync(`exercises/${ID}/solution/apply-gate.ts`, 'utf8');
const LAZY = /ExerciseEditor|grade\.worker|HintReveal/;

test('a lesson fetches its exercises\' editor and grader only once an exercise is on screen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => LAZY.test(u)), 'fetched before any exercise was on screen').toEqual([]);
  const ex = page.locator(`#exercise-${ID}`);
  await ex.locator('section.editor').scrollIntoViewIfNeeded();
  await expect(ex.getByTestId('editor-content')).toBeVisible({ timeout: 30_000 });
  expect(fetched.some((u) => /ExerciseEditor/.test(u))).toBe(true);
});

test(`${ID} in its lesson: starter 0, reference full marks, a transposed gate fails real-gates, the pass shows on the home page`, async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(LESSON);
  const ex = page.locator(`#exercise-${ID}`);
  await ex.locator('section.editor').scrollIntoViewIfNeeded();
  await expect(ex.getByTestId('editor-content')).toBeVisible({ timeout: 30_000 });
  const run = async () => {
    await ex.getByRole('button', { name: 'Run checks' }).click();
    await expect(ex.getByTestId('grade-status')).toContainText(/points in|Nothing was graded|Stopped/, { timeout: 60_000 });
    return (await ex.getByTestId('grade-status').textContent())!;
  };
  const setCode = async (code: string) => {
    await ex.getByTestId('editor-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(code);
  };

  expect(await run()).toMatch(/^0 of \d+ points/);
  const mistake = solution.replace('const [[a, b], [c, d]] = gate;', 'const [[a, c], [b, d]] = gate;');
  expect(mistake).not.toBe(solution);
  await setCode(mistake);
  await run();
  await expect(ex.locator('li[data-check="real-gates"]')).toHaveClass(/fail/);
  await expect(ex.locator('li[data-check="real-gates"] dl')).toContainText('expected');

  await setCode(solution);
  const status = await run();
  const [, score, max] = /(\d+) of (\d+) points/.exec(status)!;
  expect(score).toBe(max);

  await page.goto('./');
  const item = page.locator('.exercises li', { hasText: 'Apply a gate to a state vector' });
  await expect(item.locator('a')).toHaveAttribute('href', new RegExp(`${LESSON}#exercise-${ID}$`));
  await expect(item.locator('[data-passed-mark]')).toBeVisible();
  expect(errors).toEqual([]);
});
