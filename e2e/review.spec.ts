// Spaced review in the browser: after a lesson has been opened its quiz questions are due; answering one (by
// keyboard) schedules it and the count drops, on the review page and on the home page.
import { test, expect } from '@playwright/test';

test('answering a due review question takes it off the due list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('');
  await page.evaluate(() => localStorage.setItem('qgen-progress', JSON.stringify({ version: 1, visitedLessons: ['qubits-and-superposition'], passedExercises: {} })));
  await page.goto('review/');
  const count = page.getByTestId('due-count');
  await expect(count).toHaveText(/^(\d+) questions due\.$/);
  const before = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(before).toBeGreaterThanOrEqual(3);
  // By keyboard: Space picks the focused choice, Enter presses Check.
  await page.getByTestId('review-deck').locator('input[type=radio]').first().focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-status')).toContainText(`${before - 1} question${before - 1 === 1 ? '' : 's'} still due`);
  await expect(count).toHaveText(`${before - 1} questions due.`);
  await page.goto('');
  await expect(page.locator('[data-review-due]')).toHaveText(`Review: ${before - 1} questions due →`);
  expect(errors).toEqual([]);
});
