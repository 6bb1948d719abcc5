import type { Page } from '@playwright/test';

/**
 * Waits until the course's service worker is installed and controls this page (it claims open pages on its first
 * install), so the next load comes from its precache, with the headers it adds.
 */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}
