// axe-core run in the page itself. @axe-core/playwright's AxeBuilder injects axe's 600 KB source twice per scan (and,
// outside legacy mode, opens a blank page to merge per-frame results): about 3 s per scan here, against about 1 s to
// inject it once and well under a second to run it. The course's pages have no frames (every-page.spec.ts checks),
// so nothing of what AxeBuilder adds applies; the verdicts were compared with AxeBuilder's, rule by rule and node by
// node, on lessons 1 and 5, an exercise page, the playground and the search page when this was written.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export interface Scan {
  /** CSS selectors of subtrees to leave out. */
  exclude: string[];
  /** Only these rules (axe rule ids); every rule when absent. */
  rules?: string[];
}

/**
 * Injects axe once per document (a theme change without a reload scans again for free), then runs it. Only
 * violations are asked for: the tests judge nothing else, and leaving out the lists of passing and inapplicable
 * nodes (resultTypes) takes about a fifth off a lesson's scan; the violations found are the same.
 */
export async function axeScan(page: Page, { exclude, rules }: Scan): Promise<axe.AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    ({ exclude, rules }) => (window as unknown as { axe: typeof axe }).axe.run(
      { exclude },
      { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule' as const, values: rules } } : {}) },
    ),
    { exclude, rules },
  );
}
