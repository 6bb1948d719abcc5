import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/lib/find-chromium.mjs';

const base = process.env.COURSE_BASE ?? '/';
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // Two browsers at once on the 2-core machine CI runs on: the tests wait for conditions, with caps sized for a
  // loaded machine, so sharing the cores slows each test but not the run. E2E_WORKERS=1 runs one at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? findChromium() ?? undefined,
      // The machine has no network but the package registries: background services would only log refused connections.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
  // The tests' own static server on the build under test (COURSE_OUT_DIR), not `astro preview`: Astro allows one
  // preview per project, and a learner's `npm start` may be running it.
  webServer: {
    command: `node scripts/lib/static-server.mjs ${process.env.COURSE_OUT_DIR ?? 'dist'} ${port} ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
