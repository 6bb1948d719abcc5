// Script injection, tried the ways a learner or a link could: markup in a pasted QASM gate name, in a shared
// circuit link and in a search query. None may run; each gets a message or shows as text. And the page's
// Content-Security-Policy must stop a script even if one were ever inserted.
import { test, expect, type Page } from '@playwright/test';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
];

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('the security policy blocks an inline script inserted into the page', async ({ page }) => {
  await page.goto('');
  const violation = page.evaluate(
    () => new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })),
  );
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.head.append(s);
  });
  expect(await violation).toMatch(/^script-src/);
  expect(await pwned(page)).toBeUndefined();
});

test('shared links carrying markup give a message and run nothing', async ({ page }) => {
  const errors = collectErrors(page);
  for (const p of PAYLOADS) {
    // As a gate name inside a well-formed link, as raw text in the hash, and as the hash's plain anchor.
    for (const hash of [`#main=${b64url(JSON.stringify({ v: 1, n: 1, o: [[p, [0]]] }))}`, `#main=${encodeURIComponent(p)}`, `#${encodeURIComponent(p)}`]) {
      await page.goto('about:blank');
      await page.goto(`playground/${hash}`);
      await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
      if (hash.startsWith('#main=')) await expect(page.getByTestId('playground-message')).toContainText('could not be loaded');
      expect(await pwned(page), hash).toBeUndefined();
      expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
    }
  }
  expect(errors).toEqual([]);
});

test('QASM gate names carrying markup are refused with a message shown as text', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('playground/');
  await expect(page.getByTestId('playground')).toHaveAttribute('data-ready', 'true');
  await page.locator('summary', { hasText: 'OpenQASM 2' }).click();
  for (const p of PAYLOADS) {
    await page.getByTestId('qasm-input').fill(`OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\n${p} q[0];\n`);
    await page.getByTestId('qasm-load').click();
    await expect(page.getByTestId('qasm-error')).toContainText('Line 4');
    expect(await pwned(page)).toBeUndefined();
    expect(await page.getByTestId('qasm-error').locator('img, svg, script').count()).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('a search query carrying markup is shown as text and runs nothing', async ({ page }) => {
  const errors = collectErrors(page);
  for (const p of PAYLOADS) {
    await page.goto(`search/?q=${encodeURIComponent(p)}`);
    await expect(page.getByTestId('search-input')).toHaveValue(p);
    await expect(page.getByTestId('search-status')).toBeVisible();
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main svg[onload], main script:not([src])').count()).toBe(0);
  }
  expect(errors).toEqual([]);
});
