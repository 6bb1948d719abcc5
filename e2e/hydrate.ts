// Hydrates every island on a page. Lessons load islands client:visible, so each hydrates only once seen: scroll each
// into view, then wait for Astro to drop `ssr`. Islands are display: contents, so scroll to their rendered child.
import { expect, type Page } from '@playwright/test';

export async function hydrateAll(page: Page): Promise<void> {
  const count = await page.locator('astro-island').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((k) => {
      const island = document.querySelectorAll('astro-island')[k]!;
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
    }, i);
    await expect(page.locator('astro-island').nth(i)).not.toHaveAttribute('ssr', { timeout: 15_000 });
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
}
