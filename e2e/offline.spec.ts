// After one visit the service worker has precached the course: with the network off, every page and every file the
// build wrote for it is served, pages of each kind load and hydrate, an address that never existed shows the course's
// 404 page, and search still finds lessons.
import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { builtPages, DIST } from './built-pages';
import { hydrateAll, hydrateIsland } from './hydrate';
import { untilControlled } from './service-worker';

test('the whole course works offline after one visit', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('');
  await untilControlled(page);
  await context.setOffline(true);
  // Every page and every built script, style, font and worker (all of _astro/), and every file a page names (icons,
  // the manifest), fetched through the worker with the network off. The worker's precache answers by address,
  // whatever the request's mode, so a fetch proves what a navigation would, at a fraction of a page load's cost;
  // loading and hydrating pages is then shown on one page of each kind below, and online on every page by
  // every-page.spec.ts.
  const assets = readdirSync(`${DIST}/_astro`).map((f) => `_astro/${f}`);
  const result = await page.evaluate(async ({ pages, assets }) => {
    const failed: string[] = [];
    const seen = new Set<string>();
    const get = async (url: string, what: string) => {
      if (seen.has(url)) return null;
      seen.add(url);
      const r = await fetch(url).catch(() => null);
      if (!r?.ok) failed.push(`${what}: ${r ? `HTTP ${r.status}` : 'no answer'}`);
      return r?.ok ? r : null;
    };
    for (const a of assets) await get(new URL(a, document.baseURI).href, a);
    for (const p of pages) {
      const url = new URL(p, document.baseURI).href;
      const r = await get(url, `page /${p}`);
      if (!r) continue;
      const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
      for (const el of doc.querySelectorAll('[src], link[href], astro-island')) {
        for (const attr of ['src', 'href', 'component-url', 'renderer-url', 'before-hydration-url']) {
          const v = el.getAttribute(attr);
          if (v && !v.startsWith('data:')) await get(new URL(v, url).href, `${v} named by /${p}`);
        }
      }
    }
    return { failed, files: seen.size };
  }, { pages: builtPages(), assets });
  expect(result.failed, 'files not served offline').toEqual([]);
  expect(result.files).toBeGreaterThan(builtPages().length + assets.length);
  // One page of each kind loads from the precache and hydrates: the lesson with every kind of island (exercise editors
  // included) in full, and the first island of the others.
  const FULL = 'lessons/qubits-and-superposition/';
  for (const path of ['', FULL, ...['exercises/', 'playground/', 'instructors/', 'review/', 'bench/'].flatMap((k) => builtPages().find((p) => p.startsWith(k)) ?? [])]) {
    const res = await page.goto(path);
    expect(res?.ok(), `offline load of /${path}`).toBe(true);
    if (path === FULL) await hydrateAll(page, `/${path} offline`);
    else if (await page.locator('astro-island').count()) await hydrateIsland(page, 0, `/${path} offline`);
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
