// Builds the site and runs the Playwright browser tests against the built pages.
// Started by `npm run test:e2e`, so `node` here is the project's Node 24 from node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.mjs';

if (process.env.SKIP_BROWSER_TESTS === '1') {
  console.log('SKIP_BROWSER_TESTS=1: browser tests skipped.');
  process.exit(0);
}
const chrome = findChromium();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const env = { ...process.env, CHROME_PATH: chrome, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('astro', ['build']);
run('playwright', ['test', ...process.argv.slice(2)]);
