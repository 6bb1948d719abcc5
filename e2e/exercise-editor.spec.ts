// Exercises done in the page, as a learner with nothing installed would: the starter fails, the reference solution
// passes every check and shows as passed on the home page, two typical mistakes fail the check that names them,
// an endless loop is stopped with the page still usable, and work survives a reload and an export/import round trip.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';

interface Case {
  id: string;
  file: string;
  /** The reference solution exactly as published (its imports name the helper files' place in the project). */
  solution: string;
  /** Two textual mistakes applied to the solution: [name, from, to, check that must fail]. */
  mistakes: [string, string, string, string][];
}

const solution = (id: string, file: string) => readFileSync(`exercises/${id}/solution/${file}`, 'utf8');

const CASES: Case[] = [
  {
    id: '01-sampler', file: 'sampler.ts', solution: solution('01-sampler', 'sampler.ts'),
    mistakes: [
      ['dropped imaginary part', 're[k]! * re[k]! + im[k]! * im[k]!', 're[k]! * re[k]!', 'probabilities'],
      ['reversed bit order', ".toString(2).padStart(n, '0')", ".toString(2).padStart(n, '0').split('').reverse().join('')", 'bit-order'],
    ],
  },
  {
    id: '02-noise', file: 'noise.ts', solution: solution('02-noise', 'noise.ts'),
    mistakes: [
      ["Qiskit's λ used as PennyLane's p", 'return (3 * lambda) / 4;', 'return lambda;', 'lambda-conversion'],
      ['damping that excites', '[[[0, 0], [Math.sqrt(gamma), 0]], [[0, 0], [0, 0]]]', '[[[0, 0], [0, 0]], [[Math.sqrt(gamma), 0], [0, 0]]]', 'amplitude-damping'],
    ],
  },
  {
    id: '03-energy', file: 'energy.ts', solution: solution('03-energy', 'energy.ts'),
    mistakes: [
      // One mistake in the browser (each grading of 03 there costs about 10 s of CI); the project's every mutant is
      // graded in Node (tests/exercises/graders.test.ts).
      ['periodic bond dropped', 'bonds(n, m.periodic)', 'bonds(n, false)', 'exact-energy'],
    ],
  },
];

async function openEditor(page: Page, id: string) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`exercises/${id}/`);
  const editor = page.locator('section.editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  return { errors, editor };
}

/** Replaces the whole file as a paste would (one insertion, no auto-closing brackets). */
async function setCode(page: Page, code: string) {
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/** The editor's whole document, as its Download button saves it (CodeMirror draws only the lines on screen). */
async function editorText(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download .*\.ts$/ }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

async function runChecks(page: Page, timeout = 60_000) {
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(page.getByTestId('grade-status')).toContainText(/points in|Nothing was graded|Stopped/, { timeout });
}

// In the browser, the richest project (03: helper files, a class of checks that call each other) is graded in full;
// 01 and 02 get the same proof in Node for every exercise (tests/exercises/graders.test.ts) and through the browser's
// compile path (tests/unit/exercises/learner-module.test.ts), and 04 is graded in its lesson (inline-exercises.spec).
// Set E2E_ALL_PROJECTS=1 to grade all three here (about 50 s more of CI's 15 minutes).
const BROWSER_CASES = process.env.E2E_ALL_PROJECTS === '1' ? CASES : CASES.filter((c) => c.id === '03-energy');
for (const c of BROWSER_CASES) {
  test(`${c.id}: the starter scores 0, the reference passes every check, and mistakes fail the checks that name them`, async ({ page }) => {
    test.setTimeout(240_000);
    const { errors, editor } = await openEditor(page, c.id);
    await runChecks(page);
    await expect(editor.getByTestId('grade-status')).toContainText(/^0 of \d+ points/);
    await expect(editor.locator('li.fail').first()).toContainText(/not written yet/);

    await setCode(page, c.solution);
    await runChecks(page);
    const status = (await editor.getByTestId('grade-status').textContent())!;
    const [, score, max] = /(\d+) of (\d+) points/.exec(status)!;
    expect(score, `failed: ${await editor.locator('li.fail').allTextContents()}`).toBe(max);
    await expect(editor.locator('li.pass')).toHaveCount(await editor.locator('li').count());

    for (const [name, from, to, check] of c.mistakes) {
      expect(c.solution.includes(from), `${name}: the solution no longer contains "${from}"`).toBe(true);
      await setCode(page, c.solution.replace(from, to));
      await runChecks(page);
      const li = editor.locator(`li[data-check="${check}"]`);
      await expect(li, name).toHaveClass(/\bfail\b/);
      await expect(li.locator('.message'), name).not.toBeEmpty();
      console.log(`${c.id}, ${name}: ${(await li.textContent())!.replace(/\s+/g, ' ').slice(0, 200)}`);
    }

    await page.goto('');
    await expect(page.locator(`[data-passed-mark="${c.id}"]`).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('an endless loop is stopped at the time limit and the page stays usable; load and run errors give their line', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors, editor } = await openEditor(page, '01-sampler');
  await setCode(page, 'export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {\n  while (true) {}\n}\n');
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(editor.getByTestId('grade-status')).toContainText('Running the checks');
  // The main thread answers at once while the worker spins.
  const lagMs = await page.evaluate(() => new Promise<number>((resolve) => {
    const t = performance.now();
    setTimeout(() => resolve(performance.now() - t), 0);
  }));
  expect(lagMs).toBeLessThan(200);
  await expect(editor.getByTestId('grade-status')).toContainText(/Stopped after 20 s: your code was still running/, { timeout: 30_000 });
  await expect(editor.getByRole('button', { name: 'Run checks' })).toBeEnabled();

  await setCode(page, 'export function bornProbabilities(re: number[]): number[] {\n  const x = [1, 2;\n  return x;\n}\n');
  await runChecks(page);
  await expect(editor.getByTestId('load-error')).toContainText(/sampler\.ts does not compile: .*\(line 2, column \d+\)/);

  await setCode(page, "export function bornProbabilities(re: number[], im: number[]): Float64Array {\n  const p = new Float64Array(re.length);\n  throw new RangeError('no probabilities today');\n}\n");
  await runChecks(page);
  await expect(editor.locator('li[data-check="probabilities"] .message')).toContainText("Your code threw an error at line 3: RangeError: no probabilities today");
  expect(errors).toEqual([]);
});

test('work survives a reload, exports and imports back, refuses damaged or foreign files without loss, and resets', async ({ page }, info) => {
  const { errors, editor } = await openEditor(page, '02-noise');
  const mine = '// my attempt\nexport const answer = 42;\n';
  await setCode(page, mine);
  await expect(editor.getByTestId('save-note')).toHaveText('Saved in this browser.');
  await page.reload();
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => editorText(page)).toBe(mine);
  await expect(editor.getByTestId('save-note')).toContainText('Your saved work from');

  const [exported] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Export work' }).click()]);
  const exportPath = info.outputPath('work.json');
  await exported.saveAs(exportPath);
  const [tsFile] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Download noise.ts' }).click()]);
  expect(tsFile.suggestedFilename()).toBe('noise.ts');
  expect(readFileSync(await tsFile.path(), 'utf8')).toBe(mine);

  await setCode(page, '// something else\n');
  await editor.getByTestId('import').setInputFiles(exportPath);
  await expect(editor.getByTestId('grade-status')).toHaveText('Imported work.json.');
  await expect.poll(() => editorText(page)).toBe(mine);

  // The .ts that Download writes imports back as the learner's file.
  const tsPath = info.outputPath('noise.ts');
  writeFileSync(tsPath, '// from my machine\n');
  await editor.getByTestId('import').setInputFiles(tsPath);
  await expect(editor.getByTestId('grade-status')).toHaveText('Imported noise.ts.');
  await expect.poll(() => editorText(page)).toBe('// from my machine\n');
  await editor.getByTestId('import').setInputFiles(exportPath);
  await expect.poll(() => editorText(page)).toBe(mine);

  const refused: [string, string, RegExp][] = [
    ['damaged.json', readFileSync(exportPath, 'utf8').slice(0, 60), /not readable JSON.*Nothing was changed\./],
    ['foreign.json', '{"name": "some other app", "files": {}}', /not an exercise export from this course\. Nothing was changed\./],
    ['other.json', readFileSync(exportPath, 'utf8').replace('"02-noise"', '"01-sampler"'), /for exercise 01-sampler, not 02-noise\. Nothing was changed\./],
  ];
  for (const [name, content, message] of refused) {
    const path = info.outputPath(name);
    writeFileSync(path, content);
    await editor.getByTestId('import').setInputFiles(path);
    await expect(editor.getByTestId('grade-status')).toHaveText(message);
    expect(await editorText(page)).toBe(mine);
  }

  page.once('dialog', (d) => d.accept());
  await editor.getByRole('button', { name: 'Reset to starter' }).click();
  await expect.poll(() => editorText(page)).toBe(readFileSync('exercises/02-noise/noise.ts', 'utf8'));
  expect(errors).toEqual([]);
});

test('unreadable saved work is kept aside, offered for download, and not overwritten by typing', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('qgen-work-01-sampler', '{"format":"qgen-exercise-work","files":{"sampler.ts":"my lost wo'));
  const { errors, editor } = await openEditor(page, '01-sampler');
  await expect(editor.getByTestId('save-note')).toContainText('could not be read, so the starter is shown');
  const [file] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Download the unreadable saved copy' }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toContain('my lost wo');
  await setCode(page, '// a fresh start\n');
  await expect(editor.getByTestId('save-note')).toHaveText('Saved in this browser.');
  expect(await page.evaluate(() => localStorage.getItem('qgen-work-01-sampler-unreadable'))).toContain('my lost wo');
  expect(errors).toEqual([]);
});

test('hints appear one at a time, in order, and stay open after a reload', async ({ page }) => {
  await page.goto('exercises/01-sampler/');
  const hints = JSON.parse(readFileSync('exercises/01-sampler/exercise.json', 'utf8')).hints as string[];
  const list = page.getByTestId('hints');
  // The button is in the served HTML; wait until the island has hydrated before pressing it.
  const hydrated = () => expect(page.locator('astro-island', { has: page.getByTestId('hints') })).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await list.scrollIntoViewIfNeeded();
  await hydrated();
  await expect(list.locator('li')).toHaveCount(0);
  await page.getByRole('button', { name: `Show hint 1 of ${hints.length}` }).click();
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list.locator('li').first()).toContainText(hints[0]!.slice(0, 40));
  await page.getByRole('button', { name: `Show hint 2 of ${hints.length}` }).click();
  await expect(list.locator('li')).toHaveCount(2);
  await page.reload();
  await page.getByTestId('hints').scrollIntoViewIfNeeded();
  await hydrated();
  await expect(page.getByTestId('hints').locator('li')).toHaveCount(2);
});

test('the editor does not trap the keyboard: Tab indents, Esc then Tab moves on to the buttons', async ({ page }) => {
  await openEditor(page, '01-sampler');
  await setCode(page, 'x');
  await page.keyboard.press('Tab');
  const indented = await editorText(page); // Tab indented inside the editor instead of leaving it
  expect(indented).not.toBe('x');
  expect(indented.trim()).toBe('x');
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Run checks' })).toBeFocused();
});

test('leaving the page straight after typing keeps the last keystrokes', async ({ page }) => {
  await openEditor(page, '03-energy');
  const mine = '// typed just before leaving\n';
  await setCode(page, mine);
  await page.goto('exercises/03-energy/'); // at once, inside the autosave delay
  await page.locator('section.editor').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('editor-content')).toBeVisible({ timeout: 15_000 });
  expect(await editorText(page)).toBe(mine);
});
