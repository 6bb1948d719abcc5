// The Content-Security-Policy of every built page, written into the page as a <meta> tag after `astro build` (static
// hosting has no server to send the header). The policy allows the site's own origin and nothing else, plus exactly
// what the course needs, each for a stated reason:
import { createHash } from 'node:crypto';

const DIRECTIVES = [
  // Everything not named below: this site only.
  "default-src 'self'",
  // Scripts: the site's own files, the few small inline scripts Astro and the layout write (theme before first paint,
  // island loader, service-worker registration) by their SHA-256 hash, page by page, and WebAssembly compilation for
  // the Pagefind search index. No 'unsafe-inline' and no eval.
  (hashes) => ["script-src 'self'", ...hashes.map((h) => `'sha256-${h}'`), "'wasm-unsafe-eval'"].join(' '),
  // Styles: Svelte injects each island's CSS at run time (svelte.config.js css: 'injected', needed since the bundler
  // dropped island CSS), and charts size their bars with style attributes. Inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // KaTeX and the charts use data: URIs for small images and fonts.
  "img-src 'self' data:",
  "font-src 'self' data:",
  // The search index, the service worker's precache and the web app manifest are fetched from the site.
  "connect-src 'self'",
  "manifest-src 'self'",
  // Simulations, training and benchmarks run in module workers built from the site's own files. An exercise's grading
  // worker also runs the learner's own compiled code (src/lib/exercises/learner-module.ts): a worker is governed by
  // the policy delivered with its own script, which a static host does not send, so the page's "no eval" stays intact
  // while the worker may evaluate. A host that adds its own CSP header to every file must allow 'unsafe-eval' for
  // /_astro/grade.worker-*.js, or in-page grading reports a load error (INSTRUCTORS.md says so).
  "worker-src 'self'",
  // Nothing embeds plugins; links and forms may not be redirected elsewhere by injected markup.
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * SHA-256 (base64) of each inline script's exact text, as CSP hash sources expect.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const out = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) out.add(createHash('sha256').update(m[1], 'utf8').digest('base64'));
  return [...out].sort();
}

/**
 * @param {string} html
 * @returns {string}
 */
export function policyFor(html) {
  const hashes = inlineScriptHashes(html);
  return DIRECTIVES.map((d) => (typeof d === 'function' ? d(hashes) : d)).join('; ');
}

/**
 * The page with its policy as the first element of <head> (a policy only governs what comes after it).
 * @param {string} html
 * @returns {string}
 */
export function withCsp(html) {
  const clean = html.replace(META, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(clean)}">`;
  if (!/<head[^>]*>/i.test(clean)) throw new Error('withCsp: the page has no <head>');
  return clean.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
}
