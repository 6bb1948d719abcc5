// Hydrates every island on a page. Lessons load islands client:visible, so each hydrates only once seen: scroll each
// into view, then wait for Astro to drop `ssr`. Islands are display: contents, so scroll to their rendered child.
import { expect, type Page } from '@playwright/test';

export async function hydrateAll(page: Page, what = ''): Promise<void> {
  const count = await page.locator('astro-island').count();
  for (let i = 0; i < count; i++) await hydrateIsland(page, i, what);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * Scrolls island k into view until it hydrates. The scroll is repeated because an island above it may still be
 * growing (an editor that loads after hydrating), pushing this one back out of view before it is seen.
 */
export async function hydrateIsland(page: Page, k: number, what = ''): Promise<void> {
  await expect(async () => {
    await page.evaluate((n) => {
      const island = document.querySelectorAll('astro-island')[n]!;
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
    }, k);
    await expect(page.locator('astro-island').nth(k)).not.toHaveAttribute('ssr', { timeout: 1_000 });
  }, `island ${k}${what ? ` on ${what}` : ''} hydrates`).toPass({ timeout: 15_000 });
}
