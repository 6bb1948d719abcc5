// The playground driven as a learner would: build a Bell circuit with the controls, round-trip it through QASM,
// paste a broken program, reload from the shared URL, and push a circuit into the Web Worker.
import { test, expect, type Page } from '@playwright/test';
import { writeToHash } from '../src/lib/share/circuit-url';
import type { GateName } from '../src/lib/quantum';

/** Opens the full-page playground and collects console errors and uncaught exceptions. */
async function open(page: Page, path = 'playground/') {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  return errors;
}

async function setQubits(page: Page, n: number) {
  await page.getByTestId('qubits').fill(String(n));
  await page.getByTestId('qubits').press('Enter');
}

async function addGate(page: Page, gate: string, wires: number[], angle?: string) {
  await page.getByTestId(`gate-${gate}`).click();
  for (const [i, w] of wires.entries()) await page.getByTestId(`wire-${i}`).selectOption(String(w));
  if (angle !== undefined) await page.getByTestId('angle-0').fill(angle);
  await page.getByTestId('add-gate').click();
}

/** The shot histogram's text alternative, as {bitstring: count}. */
async function table(page: Page, testid: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await page.getByTestId(testid).locator('tbody tr').all()) {
    out[(await row.getAttribute('data-bitstring'))!] = (await row.locator('td').nth(1).textContent())!;
  }
  return out;
}

test('H on qubit 0 then CX(0,1), built with the controls, gives only 00 and 11', async ({ page }) => {
  const errors = await open(page);
  await setQubits(page, 2);
  await addGate(page, 'h', [0]);
  await addGate(page, 'cx', [0, 1]);
  await expect(page.getByTestId('gate-chip')).toHaveText([/h on q0/, /cx on q0, q1/]);
  await expect(page.getByTestId('stale')).toHaveCount(0);
  const probs = await table(page, 'probabilities');
  expect(probs).toEqual({ '00': '0.500', '01': '0.000', '10': '0.000', '11': '0.500' });
  const counts = Object.fromEntries(Object.entries(await table(page, 'histogram')).map(([k, v]) => [k, Number(v)]));
  expect(counts['01']).toBe(0);
  expect(counts['10']).toBe(0);
  expect(counts['00']! + counts['11']!).toBe(1000);
  // 1000 fair coin flips with a fixed seed: fewer than 400 of either would be a 1e-10 event.
  expect(counts['00']).toBeGreaterThan(400);
  expect(counts['11']).toBeGreaterThan(400);
  expect(errors).toEqual([]);
});

test('gates can be chosen, added and removed by keyboard alone', async ({ page }) => {
  await open(page);
  await page.getByTestId('gate-h').focus();
  await page.keyboard.press('ArrowRight'); // h -> s in the palette order
  await expect(page.getByTestId('gate-s')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('gate-h')).toBeFocused();
  await page.keyboard.press('Tab'); // qubit select
  await page.keyboard.press('Tab'); // Add gate
  await expect(page.getByTestId('add-gate')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('gate-chip')).toHaveCount(2);
  await page.getByTestId('gate-chip').first().focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('gate-chip')).toHaveCount(1);
  await expect(page.getByTestId('gate-chip').first()).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('gate-chip')).toHaveCount(0);
});

test('QASM round trip through the page keeps the circuit', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await open(page);
  await setQubits(page, 2);
  await addGate(page, 'h', [0]);
  await addGate(page, 'rz', [1], 'pi/4');
  await addGate(page, 'cx', [1, 0]);
  await page.locator('summary', { hasText: 'OpenQASM 2' }).click();
  await page.getByTestId('qasm-copy').click();
  const qasm = await page.getByTestId('qasm-input').inputValue();
  expect(qasm).toBe('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\nrz(pi/4) q[1];\ncx q[1],q[0];\n');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(qasm);
  await page.getByTestId('clear').click();
  await expect(page.getByTestId('gate-chip')).toHaveCount(0);
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('gate-chip')).toHaveText([/h on q0/, /rz\(pi\/4\) on q1/, /cx on q1, q0/]);
  await expect(page.getByTestId('qasm-error')).toHaveCount(0);
  // measure and creg are accepted, and the page says they were not simulated.
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[3];\ncreg c[3];\nx q[0];\nmeasure q -> c;\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-notice')).toContainText('not simulated');
  await expect(page.getByTestId('qubits')).toHaveValue('3');
  expect(await table(page, 'probabilities')).toMatchObject({ '001': '1.000', '000': '0.000' });
  // A program's own gate definition comes back when the circuit is shown.
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\ngate bell a,b { h a; cx a,b; }\nqreg q[3];\nbell q[2],q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('gate-chip')).toHaveCount(2);
  await page.getByTestId('qasm-show').click();
  await expect(page.getByTestId('qasm-input')).toHaveValue('OPENQASM 2.0;\ninclude "qelib1.inc";\ngate bell a,b { h a; cx a,b; }\nqreg q[3];\nbell q[2],q[0];\n');
  // The share link carries the definition too: the page opened from it shows the same program.
  await page.reload();
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('gate-chip')).toHaveCount(2);
  await page.getByTestId('qasm-panel').locator('summary').click();
  await page.getByTestId('qasm-show').click();
  await expect(page.getByTestId('qasm-input')).toHaveValue('OPENQASM 2.0;\ninclude "qelib1.inc";\ngate bell a,b { h a; cx a,b; }\nqreg q[3];\nbell q[2],q[0];\n');
  // A program that measures in the middle and corrects on the outcome runs in the worker, exactly: H, measure,
  // if (c == 1) x, measure again gives c = 00 or 01 (c[0] rightmost), half each; the editor keeps its circuit.
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nif (c == 1) x q[0];\nmeasure q[0] -> c[1];\n');
  await page.getByTestId('qasm-load').click();
  const dyn = page.getByTestId('qasm-dynamic');
  await expect(dyn).toContainText('line 7: if (c == 1) makes a gate depend on measurement results', { timeout: 60_000 });
  await expect(dyn).toContainText('Computed exactly');
  await expect(dyn.locator('tbody tr')).toHaveText([/^00\s*0\.5000$/, /^01\s*0\.5000$/]);
  await expect(page.getByTestId('qubits')).toHaveValue('3');
  expect(errors).toEqual([]);
});

test('a malformed QASM paste shows the parser message with its line and keeps the circuit', async ({ page }) => {
  const errors = await open(page);
  await setQubits(page, 2);
  await addGate(page, 'x', [1]);
  await page.locator('summary', { hasText: 'OpenQASM 2' }).click();
  const input = page.getByTestId('qasm-input');
  await input.fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0]\ncx q[0],q[1];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-error')).toContainText('Line 4, column 7: missing ";"');
  await expect(page.getByTestId('gate-chip')).toHaveText([/x on q1/]);
  await input.fill('OPENQASM 2.0;\nqreg q[2];\nfoo q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-error')).toContainText('Line 3, column 1: unknown gate "foo"');
  // A gate name that is markup must show as text, never run.
  await input.fill('OPENQASM 2.0;\nqreg q[1];\n<img src=x onerror=window.__pwned=1> q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('qasm-error')).toContainText('Line 3, column 1: unexpected character "<"');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.getByTestId('gate-chip')).toHaveText([/x on q1/]);
  expect(errors).toEqual([]);
});

test('the URL keeps the circuit: a reload shows the same gates and numbers', async ({ page }) => {
  const errors = await open(page);
  await setQubits(page, 3);
  await addGate(page, 'h', [0]);
  await addGate(page, 'cx', [0, 2]);
  await addGate(page, 'ry', [1], '2*pi/3');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('main=');
  const before = await table(page, 'histogram');
  await page.reload();
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('gate-chip')).toHaveText([/h on q0/, /cx on q0, q2/, /ry\(2\*pi\/3\) on q1/]);
  await expect(page.getByTestId('qubits')).toHaveValue('3');
  expect(await table(page, 'histogram')).toEqual(before);
  // A damaged link gives a message, not an exception.
  await page.goto('about:blank');
  await page.goto('playground/#main=garbage!!');
  await expect(page.getByTestId('playground-message')).toContainText('could not be loaded');
  expect(errors).toEqual([]);
});

test('bad numbers give a message in the page, not an exception', async ({ page }) => {
  const errors = await open(page);
  await page.getByTestId('gate-rx').click();
  for (const bad of ['1/0', '0/0', 'NaN', 'Infinity', 'alert(1)', '']) {
    await page.getByTestId('angle-0').fill(bad);
    await page.getByTestId('add-gate').click();
    await expect(page.getByTestId('message')).toBeVisible();
  }
  await expect(page.getByTestId('gate-chip')).toHaveCount(0);
  // Angle messages name the field once and never show what the parser saw internally.
  await page.getByTestId('angle-0').fill('pi/0');
  await page.getByTestId('add-gate').click();
  await expect(page.getByTestId('message')).toHaveText(/^The angle “pi\/0” has no finite value/);
  await setQubits(page, 99);
  await expect(page.getByTestId('qubits-msg')).toHaveText('Qubits must be a whole number from 1 to 24; 99 is too large.');
  await expect(page.getByTestId('qubits')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('shots').fill('0');
  await expect(page.getByTestId('shots-msg')).toContainText('Shots must be a whole number from 1 to 1,000,000');
  await expect(page.getByTestId('stale')).toContainText('Not updated');
  await page.getByTestId('shots').fill('');
  await expect(page.getByTestId('shots-msg')).toHaveText('Shots is empty: enter a whole number from 1 to 1,000,000.');
  await page.getByTestId('seed').fill('');
  await expect(page.getByTestId('seed-msg')).toBeVisible();
  await expect(page.getByTestId('histogram')).not.toContainText(/null|NaN|undefined/);
  await page.getByTestId('shots').fill('500');
  await page.getByTestId('seed').fill('3');
  await expect(page.getByTestId('shots-msg')).toHaveCount(0);
  await expect(page.getByTestId('stale')).toHaveCount(0);
  await expect(page.getByTestId('histogram')).toContainText('500 sampled shots (seed 3)');
  expect(errors).toEqual([]);
});

test('a palette error goes away when a QASM program is loaded', async ({ page }) => {
  const errors = await open(page);
  await page.getByTestId('gate-rx').click();
  await page.getByTestId('angle-0').fill('pi/');
  await page.getByTestId('add-gate').click();
  await expect(page.getByTestId('message')).toBeVisible();
  await page.getByTestId('qasm-panel').locator('summary').click();
  await page.getByTestId('qasm-input').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nh q[0];\n');
  await page.getByTestId('qasm-load').click();
  await expect(page.getByTestId('gate-chip')).toHaveCount(1);
  await expect(page.getByTestId('message')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a large circuit runs in the worker, shows progress, and can be cancelled', async ({ page }) => {
  const errors = await open(page);
  await setQubits(page, 20);
  await expect(page.getByTestId('results')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stale')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('gate-h').click();
  // Many gates at 20 qubits: long enough to see progress and press Cancel.
  for (let q = 0; q < 20; q++) {
    await page.getByTestId('wire-0').selectOption(String(q));
    await page.getByTestId('add-gate').click();
  }
  await page.getByTestId('cancel').click({ timeout: 10_000 }).catch(() => {
    // It may have finished before the button could be pressed; the checks below still hold.
  });
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByTestId('add-gate')).toBeEnabled();
  // After a cancel, the next change runs again and finishes: H on all 20 qubits gives 64 rows of 2^-20.
  await page.getByTestId('shots').fill('2000');
  await expect(page.getByTestId('stale')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('amplitudes').locator('tbody tr')).toHaveCount(64);
  expect(errors).toEqual([]);
});

test('a shared link with 6,000 gates loads without building a node per gate', async ({ page }) => {
  const ops = Array.from({ length: 6000 }, (_, k) => ({ gate: (k % 2 ? 'cx' : 'h') as GateName, wires: k % 2 ? [0, 1] : [k % 3] }));
  const errors = await open(page, `playground/${writeToHash('', 'main', { numQubits: 3, ops })}`);
  const pg = page.getByTestId('playground');
  await expect(pg.getByTestId('gates-hidden')).toContainText('of 6,000');
  await expect(pg.getByTestId('gate-chip')).toHaveCount(200);
  await expect(pg.getByTestId('diagram-truncated')).toContainText('6,000');
  await pg.getByTestId('show-more-gates').click();
  await expect(pg.getByTestId('gate-chip')).toHaveCount(400);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(8000);
  expect(errors).toEqual([]);
});
