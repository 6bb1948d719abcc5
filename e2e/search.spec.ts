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
