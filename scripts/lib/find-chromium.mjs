// Finds a Chromium the browser tests can drive. Test tools cannot download browsers on this project's machines,
// so we look for one that is already installed, in a fixed and documented order.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Candidate executables in priority order: CHROME_PATH, Debian's chromium, then Playwright's own cache. */
export function chromiumCandidates(env = process.env) {
  const list = [];
  if (env.CHROME_PATH) list.push(env.CHROME_PATH);
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium')).sort().reverse()) {
      list.push(join(cache, dir, 'chrome-linux64', 'chrome'), join(cache, dir, 'chrome-linux', 'chrome'));
    }
  }
  return list;
}

export function findChromium(env = process.env) {
  return chromiumCandidates(env).find((p) => existsSync(p)) ?? null;
}

export const INSTALL_HINT = [
  'No Chromium found for the browser tests. Looked in: CHROME_PATH, /usr/bin/chromium, ~/.cache/ms-playwright.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  macOS:          set CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
  '  any system:     npx playwright install chromium   (needs internet access)',
  'Or skip the browser tests with SKIP_BROWSER_TESTS=1 npm test.',
].join('\n');
