// The Bloch sphere island driven by keyboard: gates move the state as the textbook says, phase leaves the
// probabilities alone until an H turns it into height, and one measurement collapses the state.
import { test, expect } from '@playwright/test';

test('H, then Z, then H: the relative phase turns |0⟩ into |1⟩; measuring collapses', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('lessons/qubits-and-superposition/');
  const el = page.locator('section.bs');
  await el.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: el })).not.toHaveAttribute('ssr', { timeout: 15_000 });

  await el.getByTestId('bloch-h').focus();
  await page.keyboard.press('Enter');
  await expect(el.getByTestId('bloch-xyz')).toHaveText('1.000, 0, 0'); // |+⟩ on the x axis
  await expect(el.getByTestId('bloch-p1')).toHaveText('50.0 %');

  await el.getByTestId('bloch-s').click(); // S|+⟩ = |+i⟩: phase 90°, probabilities unchanged
  await expect(el.getByTestId('bloch-phase')).toHaveText('90.0°');
  await expect(el.getByTestId('bloch-p1')).toHaveText('50.0 %');

  await el.getByTestId('bloch-reset').click();
  for (const g of ['h', 'z', 'h']) await el.getByTestId(`bloch-${g}`).click(); // HZH = X
  await expect(el.getByTestId('bloch-p1')).toHaveText('100.0 %');

  await el.getByTestId('bloch-reset').click();
  await el.getByTestId('bloch-h').click();
  await el.getByTestId('bloch-measure-many').click();
  // 100 fair shots with a fixed seed: the counts add up, and each side is non-empty (false failure 2·2^-100).
  const text = (await el.getByTestId('bloch-counts').textContent())!;
  const [zeros, ones] = [...text.matchAll(/× ([\d,]+)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
  expect(zeros! + ones!).toBe(100);
  expect(zeros).toBeGreaterThan(0);
  expect(ones).toBeGreaterThan(0);

  await el.getByTestId('bloch-measure-once').click();
  await expect(el.getByTestId('bloch-collapse')).toContainText(/Read [01]\. The state is now \|[01]⟩/);
  await expect(el.getByTestId('bloch-p1')).toHaveText(/^(0\.0|100\.0) %$/);
  expect(errors).toEqual([]);
});
