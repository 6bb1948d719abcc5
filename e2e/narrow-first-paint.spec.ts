// A phone opens a page at 360 px: before any island hydrates (their CSS comes with their JavaScript), nothing may
// make the page scroll sideways. every-page.spec.ts checks 360 px after hydrating; this checks the first paint.
import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages';

test.use({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });

test('no page is wider than a 360 px screen before its islands hydrate', async ({ page }) => {
  const wide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) wide.push(`/${path}: ${overflow} px too wide`);
  }
  expect(wide).toEqual([]);
});
