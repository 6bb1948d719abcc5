// Content that must stay inside its box at desktop width: the decoherence lab's bars (issue 17: they once sat past
// the table's edge, so the legend labelled nothing) and the reproduction table of lesson 4 (once 890 px wide in a
// 702 px box, hiding its last columns). A box may scroll its content, but must not cut it off unseen.
import { test, expect, type Page } from '@playwright/test';

async function openIsland(page: Page, path: string, testId: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  const el = page.getByTestId(testId);
  await el.scrollIntoViewIfNeeded();
  await expect(el).toBeVisible({ timeout: 60_000 });
  // Measured once the island has hydrated (its server-rendered markup can be laid out differently until then).
  await expect(page.locator(`astro-island:has([data-testid="${testId}"])`)).not.toHaveAttribute('ssr', { timeout: 60_000 });
  return el;
}

test('the decoherence lab draws its bars inside its own box', async ({ page }) => {
  await openIsland(page, 'lessons/decoherence/', 'dl-table');
  const r = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="dl-table"]')!.closest('section')!.getBoundingClientRect();
    const bars = [...document.querySelectorAll('[data-testid="dl-table"] .bar')].map((b) => b.getBoundingClientRect());
    return { right: box.right, left: box.left, bars: bars.length, barRight: Math.max(...bars.map((b) => b.right)), barLeft: Math.min(...bars.map((b) => b.left)) };
  });
  expect(r.bars).toBeGreaterThan(0);
  expect(r.barRight).toBeLessThanOrEqual(r.right);
  expect(r.barLeft).toBeGreaterThanOrEqual(r.left);
});

test('the reproduction table shows every column, or scrolls to them', async ({ page }) => {
  const table = await openIsland(page, 'lessons/born-machines/', 'rp-table');
  const r = await table.evaluate((t) => {
    const box = t.closest('section')!.getBoundingClientRect();
    // The nearest box that clips it: it must either be wide enough or scroll.
    let clip: Element | null = t;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    const scrolls = !!clip && clip.scrollWidth > clip.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(clip).overflowX);
    const lastHeader = [...t.querySelectorAll('thead th')].pop()!.getBoundingClientRect();
    return { boxRight: box.right, lastRight: lastHeader.right, scrolls };
  });
  expect(r.lastRight <= r.boxRight || r.scrolls, `last column ends at ${r.lastRight}, box at ${r.boxRight}, scrolls: ${r.scrolls}`).toBe(true);
});
