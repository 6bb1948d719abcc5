// Every built page must load with no console error, no failed or foreign request, every island hydrated,
// and no horizontal scrolling at 360 px. A screenshot of each is kept under test-results/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { builtPages, screenshotName } from './built-pages';
import { hydrateAll } from './hydrate';

const pages = builtPages();

async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  // Anything the page's Content-Security-Policy blocks is a bug in the page or in the policy (scripts/lib/csp.mjs).
  await page.exposeFunction('__reportCsp', (v: string) => problems.push(`blocked by the security policy: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  // Nothing the course loads may come from another host (offline readers, privacy).
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  return problems;
}

test('the build has a home page and at least one lesson', () => {
  expect(pages).toContain('');
  expect(pages.some((p) => p.startsWith('lessons/'))).toBe(true);
});

for (const path of pages) {
  test(`page /${path} loads cleanly`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL!);
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(path);
    expect(res?.status(), `status of /${path}`).toBeLessThan(400);
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]'), `security policy of /${path}`).toHaveCount(1);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screenshots/${screenshotName(path, 'desktop')}`, fullPage: true });
    const axe = await new AxeBuilder({ page }).exclude('.katex-mathml').analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), `accessibility of /${path}`).toEqual([]);

    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at 360 px on /${path}`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `test-results/screenshots/${screenshotName(path, 'mobile')}`, fullPage: true });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await hydrateAll(page);
    await page.screenshot({ path: `test-results/screenshots/${screenshotName(path, 'dark')}` });
    const axeDark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(axeDark.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), `dark-theme contrast on /${path}`).toEqual([]);
    expect(problems, `problems on /${path}`).toEqual([]);
  });
}
