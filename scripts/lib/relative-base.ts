// Turns a site built under a placeholder base path (COURSE_BASE=/__qgen_package_base__/) into one whose every URL
// is relative, so the whole folder works wherever an LMS unpacks and serves it. Astro's `base` must be a path from
// the server's root, so the package is built with a placeholder that cannot occur otherwise and rewritten after:
//
// - HTML: the placeholder becomes the way up from the page to the package's root ("../../" on lessons/x/index.html),
//   and a link to a folder gets its index.html (an LMS's file server need not serve a folder's index);
// - JavaScript (all of it in _astro/): a worker's `new URL("<base>_astro/…", import.meta.url)` becomes "../_astro/…"
//   (also where Vite puts a comment before the string, as it does for a worker started by a worker),
//   and Vite's preload helper, which puts the base before a file name for the document, gets the root computed from
//   its own module address;
// - CSS (in _astro/ too): url(<base>…) becomes url(../…).
//
// Anything else that still holds the placeholder is a form this does not know: packaging stops and names the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

export const PACKAGE_BASE = '/__qgen_package_base__/';

const ESC = PACKAGE_BASE.replace(/[/_]/g, (c) => `\\${c}`);

/** Root-relative prefix for a page at `path` (relative to the package root, "/" separators). */
export const upToRoot = (path: string) => '../'.repeat(path.split('/').length - 1) || './';

/** One HTML page's URLs made relative. A folder link ("x/", or the root "") gains index.html. */
export function relativizeHtml(html: string, path: string): string {
  const up = upToRoot(path);
  return html
    .replace(new RegExp(`${ESC}([^"'\\s&#?<>()]*)`, 'g'), (_, rest: string) => `${up}${rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest}`)
    // Links a lesson writes itself, relative already ("../generative-models/"): their folders get index.html too.
    .replace(/(\shref=")((?:\.\.?\/|[a-z0-9-]+\/)[^"#?:]*\/)([#?][^"]*)?"/g, (_, a: string, dir: string, rest = '') => `${a}${dir}index.html${rest}"`);
}

export function relativizeJs(js: string): string {
  return js
    // A worker started from inside a worker comes out as new URL(/* @vite-ignore */ "<base>…", ""+import.meta.url),
    // with the comment on a line of its own.
    .replace(new RegExp(`new URL\\((\\s*(?:/\\*[^*]*\\*/\\s*)?)(["'\`])${ESC}`, 'g'), (_, gap: string, q: string) => `new URL(${gap}${q}../`)
    // Vite's preload helper: function(e){return"<base>"+e}, in any of the three quotes.
    .replace(new RegExp(`return(["'\`])${ESC}\\1\\+`, 'g'), 'return new URL("../",import.meta.url).href+');
}

export function relativizeCss(css: string): string {
  return css.replace(new RegExp(`url\\((["']?)${ESC}`, 'g'), (_, q: string) => `url(${q}../`);
}

/**
 * Rewrites the files of `root` in place; returns the files that still hold the placeholder afterwards (the caller
 * refuses to package them). `files` are absolute paths.
 */
export function relativizeSite(root: string, files: string[]): string[] {
  const left: string[] = [];
  for (const file of files) {
    const path = relative(root, file).split(sep).join('/');
    const kind = /\.html$/.test(file) ? 'html' : /\.m?js$/.test(file) ? 'js' : /\.css$/.test(file) ? 'css' : null;
    if (!kind) {
      if (readFileSync(file).includes(PACKAGE_BASE)) left.push(path);
      continue;
    }
    if (kind !== 'html' && !path.startsWith('_astro/') && !path.startsWith('pagefind/')) {
      if (readFileSync(file, 'utf8').includes(PACKAGE_BASE)) left.push(path);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (!text.includes(PACKAGE_BASE)) continue;
    const out = kind === 'html' ? relativizeHtml(text, path) : kind === 'js' ? relativizeJs(text) : relativizeCss(text);
    writeFileSync(file, out);
    if (out.includes(PACKAGE_BASE)) left.push(path);
  }
  return left;
}
