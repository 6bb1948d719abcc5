// `npm run audit`: Lighthouse on three kinds of page of the built course (the home page, a lesson with islands, an
// exercise page), with Debian's Chromium (CHROME_PATH or the usual places). Prints each category's score against its
// target and exits 1 if any target is missed. Builds first unless --no-build. Lighthouse's default (mobile, simulated
// slow 4G and a 4x slower CPU) is used, the strictest of its presets; `-- --desktop` uses its desktop preset instead.
import { spawn, spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.mjs';

const args = process.argv.slice(2);
const PAGES = ['', 'lessons/born-machines/', 'exercises/01-sampler/'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const port = 4397;

const chromePath = findChromium();
if (!chromePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!args.includes('--no-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}${process.env.COURSE_BASE ?? '/'}`;
let missed = 0;
try {
  for (let i = 0; i < 60 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`Lighthouse (${args.includes('--desktop') ? 'desktop' : 'mobile, simulated throttling'}) on ${base}`);
    console.log(`${'page'.padEnd(26)} ${Object.keys(TARGETS).map((k) => k.padStart(15)).join(' ')}`);
    for (const page of PAGES) {
      const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) },
        args.includes('--desktop') ? desktopConfig : undefined);
      const cells = Object.entries(TARGETS).map(([k, target]) => {
        const score = Math.round(100 * (result.lhr.categories[k]?.score ?? 0));
        if (score < target) missed++;
        return `${score}${score >= target ? ' ✓' : ` ✗ (<${target})`}`.padStart(15);
      });
      console.log(`${(page || '(home)').padEnd(26)} ${cells.join(' ')}`);
      for (const [id, audit] of Object.entries(result.lhr.audits)) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'first-contentful-paint', 'speed-index'].includes(id)) {
          console.log(`  ${id}: ${audit.displayValue ?? ''}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
console.log(missed ? `${missed} score(s) below target.` : 'Every score meets its target.');
process.exit(missed ? 1 : 0);
