// The playground driven as a learner would: build a Bell circuit with the controls, round-trip it through QASM,
// paste a broken program, and reload from the shared URL.
import { test, expect, type Page } from '@playwright/test';

async function open(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('playground/');
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  return errors;
}

async function addGate(page: Page, gate: string, wires: number[]) {
  await page.getByTestId('gate-select').selectOption(gate);
  for (const [i, w] of wires.entries()) await page.getByTestId(`wire-${i}`).selectOption(String(w));
  await page.getByTestId('add-gate').click();
}

async function shotCounts(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('histogram').locator('tbody tr');
  const out: Record<string, number> = {};
  for (const row of await rows.all()) out[(await row.getAttribute('data-bitstring'))!] = Number(await row.locator('td').nth(1).textContent());
  return out;
}

test('H on qubit 0 then CX(0,1), built with the controls, gives only 00 and 11', async ({ page }) => {
  const errors = await open(page);
  await addGate(page, 'h', [0]);
  await addGate(page, 'cx', [0, 1]);
  await expect(page.getByTestId('gate-chip')).toHaveCount(2);
  const counts = await shotCounts(page);
  expect(counts['01']).toBe(0);
  expect(counts['10']).toBe(0);
  expect(counts['00']! + counts['11']!).toBe(1000);
  // 1000 fair coin flips: P(either outcome < 400) is about 1e-10, and the seed is fixed.
  expect(counts['00']).toBeGreaterThan(400);
  const probs = page.getByTestId('probabilities').locator('tbody tr');
  await expect(probs.filter({ hasText: '00' }).first()).toContainText('0.500');
  expect(errors).toEqual([]);
});

test('gates can be added and removed by keyboard alone', async ({ page }) => {
  await open(page);
  await page.getByTestId('gate-select').focus();
  await page.keyboard.press('Tab'); // target wire
  await page.keyboard.press('Tab'); // Add gate
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('gate-chip')).toHaveCount(1);
  await page.getByTestId('gate-chip').first().focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('gate-chip')).toHaveCount(0);
});

test('QASM round trip through the page keeps the circuit', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await addGate(page, 'h', [0]);
  await page.getByTestId('gate-select').selectOption('rz');
  await page.getByTestId('angle-0').fill('pi/4');
  await page.getByTestId('wire-0').selectOption('1');
  await page.getByTestId('add-gate').click();
  await page.locator('summary', { hasText: 'OpenQASM 2' }).click();
  await page.getByTestId('qasm-copy').click();
  const qasm = await page.getByTestId('qasm-input').inputValue();
  expect(qasm).toContain('h q[0];');
  expect(qasm).toContain('rz(pi/4) q[1];');
  await page.getByText('Clear all').click();
  await expect(page.getByTestId('gate-chip')).toHaveCount(0);
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('gate-chip')).toHaveText([/h on q0/, /rz\(pi\/4\) on q1/]);
});

test('a malformed QASM paste shows the parser message with its line and keeps the circuit', async ({ page }) => {
  const errors = await open(page);
  await addGate(page, 'x', [1]);
  await page.locator('summary', { hasText: 'OpenQASM 2' }).click();
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nfoo q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-error')).toContainText('Line 4: unknown gate "foo"');
  await expect(page.getByTestId('gate-chip')).toHaveText([/x on q1/]);
  // A gate name that is markup must show as text, never run.
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\nqreg q[1];\n<img src=x onerror=window.__pwned=1> q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-error')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the URL keeps the circuit: a reload shows the same gates', async ({ page }) => {
  await open(page);
  await addGate(page, 'h', [0]);
  await addGate(page, 'cx', [0, 1]);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('main=');
  await page.reload();
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('gate-chip')).toHaveText([/h on q0/, /cx on q0, q1/]);
});

test('bad numbers give a message, not an exception', async ({ page }) => {
  const errors = await open(page);
  await page.getByTestId('gate-select').selectOption('rx');
  await page.getByTestId('angle-0').fill('1/0');
  await page.getByTestId('add-gate').click();
  await expect(page.getByTestId('message')).toContainText('not a finite number');
  await page.getByTestId('qubits').fill('99');
  await page.getByTestId('qubits').press('Enter');
  await page.getByTestId('qubits').blur();
  await expect(page.getByTestId('message')).toContainText('Choose between 1 and');
  expect(errors).toEqual([]);
});

test('a large circuit runs in a worker and can be cancelled', async ({ page }) => {
  const errors = await open(page);
  await page.getByTestId('qubits').fill('18');
  await page.getByTestId('qubits').blur();
  await expect(page.getByTestId('results')).toBeVisible({ timeout: 30_000 });
  await addGate(page, 'h', [17]);
  // Either it finished quickly or it shows progress and a Cancel button; both leave a usable page.
  const cancel = page.getByTestId('cancel');
  if (await cancel.isVisible()) await cancel.click();
  await expect(page.getByTestId('add-gate')).toBeEnabled();
  expect(errors).toEqual([]);
});
