// Hydrates every island on a page. Lessons load islands client:visible, so each hydrates only once seen: scroll each
// into view, then wait for Astro to drop `ssr`. Islands are display: contents, so scroll to their rendered child.
import { expect, type Page } from '@playwright/test';

/**
 * How long to keep waiting for an island before calling it broken. A cap, not a pause: the wait ends as soon as the
 * island hydrates (well under a second normally), and the cap leaves room for a machine loaded ten times over.
 */
const LOADED_MACHINE_MS = 60_000;

export async function hydrateAll(page: Page, what = ''): Promise<void> {
  const count = await page.locator('astro-island').count();
  for (let i = 0; i < count; i++) await hydrateIsland(page, i, what);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: LOADED_MACHINE_MS });
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
  }, `island ${k}${what ? ` on ${what}` : ''} hydrates`).toPass({ timeout: LOADED_MACHINE_MS });
}
