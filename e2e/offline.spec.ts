// After one visit the service worker has precached the course: with the network off, every page still loads,
// its islands hydrate, an address that never existed shows the course's 404 page, and search still finds lessons.
import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages';
import { hydrateIsland } from './hydrate';
import { untilControlled } from './service-worker';

test('the whole course works offline after one visit', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('');
  await untilControlled(page);
  await context.setOffline(true);
  // Every page loads, and its first island hydrates (its code came from the precache); one lesson with every kind of
  // island, exercises included, hydrates all of them. The precache holds every built script (postbuild.mjs), so the
  // rest of the islands need no separate proof, and hydrating all ~100 offline would double this test's time.
  const FULL = 'lessons/qubits-and-superposition/';
  for (const path of builtPages()) {
    const res = await page.goto(path);
    expect(res?.ok(), `offline load of /${path}`).toBe(true);
    const count = path === FULL ? await page.locator('astro-island').count() : Math.min(1, await page.locator('astro-island').count());
    for (let i = 0; i < count; i++) await hydrateIsland(page, i, `/${path} offline`);
  }
  // An address that never existed gets the course's own 404 page, not the browser's offline error.
  await page.goto('lessons/no-such-lesson/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('search/?q=qubit');
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});

test('the course is installable: a manifest with a start URL inside the site', async ({ page, baseURL }) => {
  await page.goto('');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await page.request.get(new URL(href!, baseURL).href);
  const manifest = await res.json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.length).toBeGreaterThan(0);
});
