// A lesson printed (or saved as PDF) after a learner used it: no site chrome or controls, black on white even in the
// dark theme, the islands' current results on the page, quiz answers only for questions answered and checked, links
// followed by their URL.
// Leaves test-results/print/lesson.pdf and a full-page screenshot in print media for a person to look at.
import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { hydrateAll } from './hydrate';

const LESSON = 'lessons/qubits-and-superposition/';
const OUT = 'test-results/print';

/** Elements matching `selector` that would be printed (laid out, not display: none anywhere up the tree). */
function visibleCount(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
}

test('a lesson prints its content and its islands’ results, without controls or site chrome', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON);
  await hydrateAll(page);
  const playground = page.getByTestId('playground').first();
  await expect(playground.getByTestId('results')).toBeVisible();
  const quiz = page.locator('.quiz');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const chrome of ['.site-header', '.site-footer', '.theme-toggle', '.prev-next', 'nav']) {
    expect(await visibleCount(page, chrome), `${chrome} when printed`).toBe(0);
  }
  expect(await visibleCount(page, 'button:not([data-print="keep"])'), 'buttons when printed').toBe(0);
  await expect(playground.getByTestId('gate-palette')).toBeHidden();
  await expect(playground.getByTestId('qasm-panel')).toBeHidden();
  // The island's state as on screen: the circuit's gates, its settings and both charts.
  await expect(playground.getByTestId('gate-chip').first()).toBeVisible();
  await expect(playground.getByTestId('shots')).toBeVisible();
  await expect(playground.getByTestId('probabilities')).toBeVisible();
  await expect(playground.getByTestId('histogram')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.verdict').first()).toBeVisible();
  // The quiz: questions and choices, no answers before the learner checks.
  await expect(quiz.locator('legend').first()).toBeVisible();
  expect(await visibleCount(page, '.quiz-explanation, .quiz details, .quiz-tag'), 'quiz answers before checking').toBe(0);

  const look = await page.evaluate(() => {
    const source = document.querySelector<HTMLAnchorElement>('main .sources a[href^="https://"]')!;
    return {
      body: [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor],
      link: [source.getAttribute('href'), getComputedStyle(source, '::after').content],
    };
  });
  expect(look.body, 'black on white, though the screen theme is dark').toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  expect(look.link[1], 'a printed link is followed by its address').toContain(look.link[0]);

  // Answer one question and check, on screen; the printed page then shows that answer's explanation.
  await page.emulateMedia({ media: 'screen' });
  await quiz.locator('fieldset').first().getByRole('radio').nth(1).check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(quiz.locator('.quiz-explanation').first()).toBeVisible();
  await expect(quiz.locator('.quiz-explanation').first()).toContainText('Correct.');
  // The questions left unanswered stay open on paper, though the screen now shows their answers.
  await expect(quiz.locator('.quiz-explanation')).toHaveCount(await quiz.locator('fieldset').count());
  expect(await visibleCount(page, '.quiz-explanation'), 'explanations printed').toBe(1);
  expect(await visibleCount(page, '.quiz-tag'), 'answer tags printed').toBe(1);

  await page.screenshot({ path: `${OUT}/lesson-print.png`, fullPage: true });
  await page.pdf({ path: `${OUT}/lesson.pdf`, format: 'A4', printBackground: true });
});
