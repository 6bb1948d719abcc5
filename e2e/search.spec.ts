// Full-text search over lessons and exercises, served by the site itself.
import { test, expect } from '@playwright/test';

test('search finds a lesson and an exercise, and shows excerpts as text', async ({ page }) => {
  await page.goto('search/');
  await page.getByTestId('search-input').fill('superposition');
  await page.getByTestId('search-input').press('Enter');
  const results = page.getByTestId('search-results').locator('li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByTestId('search-results')).toContainText('Qubits and superposition');
  await page.getByTestId('search-input').fill('depolarizing');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-results')).toContainText('Add noise');
  await expect(page.getByTestId('search-status')).toContainText(/\d+ pages? found/);
  // Excerpts are rebuilt from text: the only elements inside a result paragraph are <mark> highlights.
  expect(await page.getByTestId('search-results').locator('p *:not(mark)').count()).toBe(0);
});

test('a word in no page finds nothing, and the 404 page is never a result', async ({ page }) => {
  await page.goto('search/');
  await page.getByTestId('search-input').fill('xyzzy');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-status')).toHaveText('Nothing found for “xyzzy”.', { timeout: 30_000 });
  await page.getByTestId('search-input').fill('entanglement');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-status')).toContainText(/\d+ pages? found/, { timeout: 30_000 });
  await expect(page.getByTestId('search-results')).not.toContainText('Page not found');
  expect(await page.getByTestId('search-results').locator('a[href$="404/"], a[href$="404.html"]').count()).toBe(0);
});
