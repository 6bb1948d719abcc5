// Builds the site (into test-results/build/, never dist/) and runs the Playwright browser tests against the built
// pages; then builds again as an instructor
// would host it, under a base path (/courses/qgen/) with a course configuration of their own that leaves out a lesson
// and an exercise, sets due dates and publishes the reference solutions (tests/fixtures/course-config/instructor.json),
// and walks every page and link there too, and checks that its pages are cross-origin isolated and threaded from
// the second visit as at the root. One second build covers both, at about 15 s of building.
// Started by `npm run test:e2e`, so `node` here is the project's Node 24 from node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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

// Test builds go to folders of their own and are served on a free port, so `npm start` (dist/, port 4321) can run
// beside the tests and testing never changes what it serves.
const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const env = { ...process.env, CHROME_PATH: chrome, ASTRO_TELEMETRY_DISABLED: '1', COURSE_OUT_DIR: process.env.COURSE_OUT_DIR ?? 'test-results/build/shipped', E2E_PORT: process.env.E2E_PORT ?? String(await freePort()) };
let failed = false;
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) failed = true;
  return r.status === 0;
};

const args = process.argv.slice(2);
if (run('npm', ['run', 'build'])) run('playwright', ['test', ...args]);

if (!process.env.COURSE_BASE && !process.env.COURSE_CONFIG) {
  const base = { COURSE_BASE: '/courses/qgen/', COURSE_CONFIG: 'tests/fixtures/course-config/instructor.json', COURSE_OUT_DIR: 'test-results/build/instructor' };
  const json = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;
  console.log(`\n=== an instructor's copy: base path ${base.COURSE_BASE}, configuration ${base.COURSE_CONFIG} ===`);
  if (run('npm', ['run', 'build'], base)) {
    run('playwright', ['test', 'e2e/every-page.spec.ts', 'e2e/links.spec.ts', 'e2e/course-config.spec.ts', 'e2e/isolation.spec.ts', ...args], {
      ...base, ...(json ? { PLAYWRIGHT_JSON_OUTPUT_NAME: json.replace(/\.json$/, '-base.json') } : {}),
    });
  }
}
// The SCORM package (npm run package -- scorm), launched in a stand-in LMS (e2e/scorm.spec.ts): one more build.
// Options (--reporter=…) do not narrow the run; spec files named on the command line do, and then this stage runs
// only if one of them is the SCORM spec.
const specs = args.filter((a) => !a.startsWith('-'));
if (!process.env.COURSE_BASE && !process.env.COURSE_CONFIG && (specs.length === 0 || specs.some((a) => a.includes('scorm')))) {
  const zip = 'test-results/package/course-scorm.zip';
  const host = { COURSE_OUT_DIR: 'test-results/build/scorm-host', SCORM_PACKAGE: zip };
  console.log('\n=== the SCORM package in a stand-in LMS ===');
  if (run('npm', ['run', 'package', '--', 'scorm', `--out=${zip}`])) {
    // The host page must be there before Playwright's server starts: it waits for the page to answer.
    rmSync(host.COURSE_OUT_DIR, { recursive: true, force: true });
    cpSync('tests/fixtures/scorm-host', host.COURSE_OUT_DIR, { recursive: true });
    const json = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;
    run('playwright', ['test', 'e2e/scorm.spec.ts', ...args.filter((a) => a.startsWith('-'))], {
      ...host, ...(json ? { PLAYWRIGHT_JSON_OUTPUT_NAME: json.replace(/\.json$/, '-scorm.json') } : {}),
    });
  }
}
process.exit(failed ? 1 : 0);
