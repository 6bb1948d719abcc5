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

test('the decoherence lab draws its bars inside its own box, or in a box that scrolls to them', async ({ page }) => {
  await openIsland(page, 'lessons/decoherence/', 'dl-table');
  const r = await page.evaluate(() => {
    const table = document.querySelector('[data-testid="dl-table"]')!;
    const box = table.closest('section')!.getBoundingClientRect();
    const bars = [...table.querySelectorAll('.bar')];
    // The nearest box that clips the bars: a table scrolls sideways when narrower than its columns (global.css).
    let clip: Element | null = bars[0]!.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    const scrolls = !!clip && clip.scrollWidth > clip.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(clip).overflowX);
    const reach = clip ? clip.getBoundingClientRect().left + clip.scrollWidth - clip.scrollLeft : box.right;
    const rects = bars.map((b) => b.getBoundingClientRect());
    return { right: box.right, left: box.left, bars: rects.length, barRight: Math.max(...rects.map((b) => b.right)), barLeft: Math.min(...rects.map((b) => b.left)), scrolls, reach };
  });
  expect(r.bars).toBeGreaterThan(0);
  // Inside the lab's box, or inside a scrolling box's content, where scrolling reaches them (never cut off unseen).
  expect(r.barRight <= r.right || (r.scrolls && r.barRight <= r.reach + 1), `bars end at ${r.barRight}; box ends at ${r.right}; scrolls: ${r.scrolls} to ${r.reach}`).toBe(true);
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
