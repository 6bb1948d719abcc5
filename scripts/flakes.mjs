// `npm run flakes -- [N] [--e2e]`: runs the unit and grader suite N times (default 10) and lists every test that
// failed in any run, with how often. With --e2e it builds once and also runs the browser tests N times. A test that
// fails sometimes is a bug in the test or the code, never something to retry away. Writes test-results/flakes.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 10);
const withE2e = args.includes('--e2e');
const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** name -> number of runs it failed in; plus how many runs each suite completed. */
const failures = new Map();
const completed = { vitest: 0, playwright: 0 };
const note = (name) => failures.set(name, (failures.get(name) ?? 0) + 1);

function vitestRun(i) {
  const file = `${OUT}/flakes-vitest.json`;
  rmSync(file, { force: true });
  spawnSync('vitest', ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!existsSync(file)) return note(`vitest run ${i}: produced no report`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  for (const f of r.testResults) {
    for (const t of f.assertionResults) if (t.status === 'failed') note(`${f.name.replace(process.cwd() + '/', '')} › ${t.fullName}`);
    if (f.status === 'failed' && f.assertionResults.length === 0) note(`${f.name.replace(process.cwd() + '/', '')} (file failed to load)`);
  }
  completed.vitest++;
  console.log(`vitest run ${i}/${runs}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}

function playwrightRun(i, chrome) {
  const file = `${OUT}/flakes-playwright.json`;
  rmSync(file, { force: true });
  spawnSync('playwright', ['test', '--reporter=json'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, CHROME_PATH: chrome, PLAYWRIGHT_JSON_OUTPUT_NAME: file } });
  if (!existsSync(file)) return note(`playwright run ${i}: produced no report`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const walk = (suite, path) => {
    for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === 'unexpected' || t.status === 'flaky')) note([...path, spec.title].filter(Boolean).join(' › '));
    }
  };
  walk(r, []);
  completed.playwright++;
  console.log(`playwright run ${i}/${runs}: ${r.stats.expected} passed, ${r.stats.unexpected} failed`);
}

const t0 = Date.now();
for (let i = 1; i <= runs; i++) vitestRun(i);
if (withE2e) {
  const chrome = findChromium();
  if (!chrome) throw new Error('--e2e needs Chromium: apt-get install chromium');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env }).status !== 0) note('build failed');
  else for (let i = 1; i <= runs; i++) playwrightRun(i, chrome);
}

const list = [...failures].sort((a, b) => b[1] - a[1]).map(([name, count]) => ({ name, failedRuns: count }));
writeFileSync(`${OUT}/flakes.json`, JSON.stringify({ runs, completed, minutes: (Date.now() - t0) / 60000, failures: list }, null, 2));
console.log(`\n${runs} runs in ${((Date.now() - t0) / 60000).toFixed(1)} min (vitest ${completed.vitest}${withE2e ? `, browser ${completed.playwright}` : ''} completed).`);
if (list.length === 0) console.log('No test failed in any run.');
else for (const f of list) console.log(`FAILED in ${f.failedRuns}/${runs}: ${f.name}`);
process.exit(list.length ? 1 : 0);
