// Every built page must load with no console error, no failed or foreign request, every island hydrated, no
// accessibility violation (axe, both themes' contrast) and no horizontal scrolling at 360 px.
//
// Screenshots of each page (desktop, 360 px, dark) go to test-results/screenshots/ (none under CI unless E2E_SCREENSHOTS is set): on screen by default, whole pages
// with E2E_SCREENSHOTS=1 (slower: use it to look at what you build, not in every run). The instructor's copy (a base
// path, run second by scripts/run-e2e.mjs) repeats the loading, hydration and overflow checks, which depend on the
// base path, but not axe, whose verdicts do not.
import { test, expect, type Page } from '@playwright/test';
import { builtPages, screenshotName } from './built-pages';
import { hydrateAll } from './hydrate';
import { axeScan } from './axe-scan';

const pages = builtPages();
// Pages are independent: spread them over the workers, so this longest spec does not run on one while the other idles.
test.describe.configure({ mode: 'parallel' });
const FULL = process.env.E2E_SCREENSHOTS === '1';
/** CI looks at no picture: it takes none unless asked (E2E_SCREENSHOTS=1 or =view), about 20 s of its budget. */
const SHOTS = process.env.E2E_SCREENSHOTS ? process.env.E2E_SCREENSHOTS !== '0' : !process.env.CI;
const shoot = (page: Page, path: string, kind: 'desktop' | 'mobile' | 'dark') =>
  SHOTS ? page.screenshot({ path: `test-results/screenshots/${screenshotName(path, kind)}`, fullPage: FULL }) : Promise.resolve();
const INSTRUCTOR_COPY = Boolean(process.env.COURSE_BASE);
/**
 * The exercise editor is one component wherever it appears: axe checks its content (the code, its highlighting
 * colours) in full on the exercise pages and in lesson 1, and elsewhere skips the editors' text lines, which cost a
 * lesson with four editors about 3 s of scanning per theme for nothing new.
 */
const editorTextSkipped = (path: string) => path.startsWith('lessons/') && path !== 'lessons/qubits-and-superposition/';
/**
 * KaTeX's visual rendering (.katex-html) is aria-hidden, its text takes the colour of the prose around it, and it is
 * the same component on every page: a lesson's 2,000 to 3,000 spans of it cost axe about 4 s a page. It is checked in
 * full on lesson 1 and skipped elsewhere; each equation's own box (.katex-display, which may scroll and then needs a
 * tab stop) is still checked on every page.
 */
const axeExclusions = (path: string) =>
  editorTextSkipped(path) ? ['.katex-mathml', '.cm-content', '.katex-html'] : ['.katex-mathml'];

async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  // Anything the page's Content-Security-Policy blocks is a bug in the page or in the policy (scripts/lib/csp.mjs).
  await page.exposeFunction('__reportCsp', (v: string) => problems.push(`blocked by the security policy: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  // Nothing the course loads may come from another host (offline readers, privacy).
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  return problems;
}

test('the build has a home page and at least one lesson', () => {
  expect(pages).toContain('');
  expect(pages.some((p) => p.startsWith('lessons/'))).toBe(true);
});

/**
 * Which pages to load. The shipped course: every one. The instructor's copy: one page of each kind (home, the first
 * lesson and exercise it publishes, search, playground, instructors), which is what the base path can break
 * (asset and island URLs are written the same way on every page of a kind); links.spec.ts still follows every link
 * of every page there.
 */
function pagesToLoad(): string[] {
  if (!INSTRUCTOR_COPY) return pages;
  const firstOf = (prefix: string) => pages.find((p) => p.startsWith(prefix));
  // Lesson 1 when published: the instructor fixture publishes its short exercise, so an editor is loaded there too.
  const lesson = pages.includes('lessons/qubits-and-superposition/') ? 'lessons/qubits-and-superposition/' : firstOf('lessons/');
  return [...new Set(['', lesson, firstOf('exercises/'), 'search/', 'playground/', 'instructors/']
    .filter((p): p is string => p !== undefined && pages.includes(p)))];
}

for (const path of pagesToLoad()) {
  test(`page /${path} loads cleanly`, async ({ page, baseURL }) => {
    // A cap for a slow, loaded machine (a lesson takes 12 to 18 s here, axe most of it); every wait inside is a condition.
    test.setTimeout(240_000);
    const problems = await watch(page, baseURL!);
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(path);
    expect(res?.status(), `status of /${path}`).toBeLessThan(400);
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]'), `security policy of /${path}`).toHaveCount(1);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, path, 'desktop');
    if (!INSTRUCTOR_COPY) {
      // axe runs in the page (axe-scan.ts) and would not look inside a frame: a page that gains one must say how it is
      // to be checked.
      expect(page.frames(), `frames on /${path}`).toHaveLength(1);
      const axe = await axeScan(page, { exclude: axeExclusions(path) });
      expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), `accessibility of /${path}`).toEqual([]);
    }

    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at 360 px on /${path}`).toBeLessThanOrEqual(1);
    await shoot(page, path, 'mobile');

    // The dark theme as the theme toggle sets it (data-theme on <html>, which the palette's CSS follows): no reload,
    // so the islands hydrated above are checked in it as they stand.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, path, 'dark');
    if (!INSTRUCTOR_COPY) {
      const axeDark = await axeScan(page, { exclude: axeExclusions(path), rules: ['color-contrast'] });
      expect(axeDark.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), `dark-theme contrast on /${path}`).toEqual([]);
    }
    expect(problems, `problems on /${path}`).toEqual([]);
  });
}
