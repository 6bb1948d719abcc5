// The islands of the challenge lessons (decoherence, hardware limits, algorithm compatibility, the future), driven by
// keyboard-reachable controls as a learner would, with their outputs checked against what the physics says.
import { test, expect, type Page, type Locator } from '@playwright/test';

async function island(page: Page, path: string, selector: string): Promise<{ el: Locator; errors: string[] }> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: el })).not.toHaveAttribute('ssr', { timeout: 15_000 });
  return { el, errors };
}

async function setNumber(l: Locator, v: string) {
  await l.fill(v);
  await l.press('Tab');
}

test('decoherence lab: readout-only noise is undone by mitigation; T₂ > 2T₁ is refused with a reason', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/decoherence/', 'section.dl');
  const tvd = async (id: string) => Number(await el.getByTestId(id).textContent());
  const before = await tvd('dl-tvd');
  expect(before).toBeGreaterThan(0.1); // exaggerated preset on GHZ-3
  // Keep only readout error: no gate errors, no relaxation during gates (times 0 µs idle, T₁, T₂ huge).
  for (const id of ['dl-depol1', 'dl-depol2']) await setNumber(el.getByTestId(id), '0');
  await setNumber(el.getByTestId('dl-t1'), '1000000');
  await setNumber(el.getByTestId('dl-t2'), '1000000');
  // 2,000 shots: the mitigated estimate's error is about √(8/2000)/2 ≈ 0.03, so 0.08 is a wide margin; the readout
  // bias alone (3 % and 8 % per qubit) is ≈ 0.16.
  await expect.poll(() => tvd('dl-tvd')).toBeGreaterThan(0.1);
  expect(await tvd('dl-tvd-mitigated')).toBeLessThan(0.08);
  await setNumber(el.getByTestId('dl-t1'), '10');
  await setNumber(el.getByTestId('dl-t2'), '30');
  await expect(el.getByTestId('dl-error')).toContainText('T₂ cannot exceed 2·T₁');
  await expect(el.getByTestId('dl-preset')).toHaveValue('custom');
  expect(errors).toEqual([]);
});

test('decoherence lab: more mirror pairs mean lower fidelity under the same noise', async ({ page }) => {
  const { el } = await island(page, 'lessons/decoherence/', 'section.dl');
  const f0 = Number(await el.getByTestId('dl-fidelity').textContent());
  await setNumber(el.getByTestId('dl-pairs'), '10');
  await expect.poll(async () => Number(await el.getByTestId('dl-fidelity').textContent())).toBeLessThan(f0);
  await expect(el.getByTestId('dl-curve').locator('tbody tr')).toHaveCount(11);
});

test('fidelity budget: an MNIST-sized Born machine does not fit and its fidelity is a tiny power of ten', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/hardware-limits/', 'section.fb');
  await el.getByTestId('fb-model').selectOption('mnist');
  await expect(el.getByTestId('fb-too-big')).toContainText('does not fit');
  await expect(el.getByTestId('fb-fidelity')).toContainText('× 10⁻'); // a superscript exponent, not 10^-
  // 784 qubits, depth 20 on ibm_kingston: ln F = 47,824·ln(1 − 2.4e-4) + 15,660·ln(1 − 1.8e-3) + 784·ln(1 − 0.0095)
  const l10 = (47_824 * Math.log1p(-2.4e-4) + 15_660 * Math.log1p(-1.8e-3) + 784 * Math.log1p(-0.0095)) / Math.LN10;
  const sup = (n: number) => String(n).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  await expect(el.getByTestId('fb-fidelity')).toContainText(`10${sup(Math.floor(l10))}`);
  expect(errors).toEqual([]);
});

test('circuit export: Cirq and OpenQASM outputs, and a malformed program named by line', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/algorithm-compatibility/', 'section.ce');
  await el.getByTestId('ce-example').selectOption('bell');
  await el.getByTestId('ce-format').selectOption('cirq');
  await expect(el.getByTestId('ce-output')).toHaveValue(/import cirq/, { timeout: 20_000 });
  await el.getByTestId('ce-format').selectOption('qasm');
  await expect(el.getByTestId('ce-output')).toHaveValue(/h q\[0\];\s*cx q\[0\],q\[1\];/);
  // A program's own gates survive into the Python programs as functions, and their calls as calls.
  await el.getByTestId('ce-example').selectOption('custom');
  await el.getByTestId('ce-format').selectOption('qiskit');
  await expect(el.getByTestId('ce-output')).toHaveValue(/^def gate_layer\(param0\):$/m);
  await expect(el.getByTestId('ce-output')).toHaveValue(/^qc\.append\(gate_layer\(np\.pi \/ 3\), \[0, 1\]\)$/m);
  await el.getByTestId('ce-format').selectOption('cirq');
  await expect(el.getByTestId('ce-output')).toHaveValue(/^ {4}gate_layer\(np\.pi \/ 5, q\[1\], q\[0\]\),$/m);
  await el.getByTestId('ce-source').fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[5];\n');
  await expect(el.getByTestId('ce-error')).toContainText('Line 4');
  await expect(el.getByTestId('ce-output')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('fault-tolerance planner: with Λ = 1 no code distance helps', async ({ page }) => {
  const { el, errors } = await island(page, 'lessons/the-future/', 'section.ft');
  await expect(el.getByTestId('ft-distance')).toHaveText(/^\d+$/);
  await setNumber(el.getByTestId('ft-lambda'), '1');
  await expect(el.getByTestId('ft-result')).toContainText('No code distance');
  expect(errors).toEqual([]);
});
