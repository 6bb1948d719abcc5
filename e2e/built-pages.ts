// Lists the pages of the built site, so the browser tests walk every page without keeping a list by hand.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OUT_DIR } from '../scripts/lib/out-dir.mjs';

/** The build under test: dist/, or the folder scripts/run-e2e.mjs built it into. */
export const DIST: string = OUT_DIR;

/** Paths relative to the site base, e.g. '' for home and 'lessons/qubits-and-superposition/'. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        pages.push(rel === '' ? '' : `${rel}/`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export function screenshotName(page: string, suffix: string): string {
  return `${page.replace(/\/$/, '').replace(/\//g, '__') || 'home'}-${suffix}.png`;
}
