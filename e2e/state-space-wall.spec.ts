// The state-space wall hydrates, measures one layer by keyboard, and says how many cores it used (one: the page is
// not cross-origin isolated, so the engine has no shared memory for threads), with no console error.
import { test, expect } from '@playwright/test';

test('state-space wall: + adds a measured qubit and reports the cores used', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('lessons/entanglement-and-parallelism/');
  const wall = page.locator('section.wall');
  await wall.scrollIntoViewIfNeeded();
  const add = wall.getByRole('button', { name: /Add a qubit/ });
  await expect(add).toBeEnabled();
  await add.focus();
  await page.keyboard.press('+');
  await expect(wall.getByRole('status')).toContainText('1 qubits: one layer of 1 gates');
  await expect(wall.getByRole('status')).toContainText('on 1 CPU core');
  await expect(wall.getByTestId('wall-cores')).toHaveText('1');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  expect(errors).toEqual([]);
});
