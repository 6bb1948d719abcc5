// The Content-Security-Policy of every built page, written into the page as a <meta> tag after `astro build` (static
// hosting has no server to send the header). The policy allows the site's own origin and nothing else, plus exactly
// what the course needs, each for a stated reason:
import { createHash } from 'node:crypto';
import { FRAME_SCRIPT } from '../../src/lib/exercises/sandbox/browser/frame.mjs';

const DIRECTIVES = [
  // Everything not named below: this site only.
  "default-src 'self'",
  // Scripts: the site's own files, the few small inline scripts Astro and the layout write (theme before first paint,
  // island loader, service-worker registration) by their SHA-256 hash, page by page, the exercise sandbox frame's one
  // script (a srcdoc frame is bound by its page's policy as well as its own), and WebAssembly compilation for the
  // Pagefind search index. No 'unsafe-inline' and no eval.
  (hashes) => ["script-src 'self'", ...[...hashes, FRAME_HASH].map((h) => `'sha256-${h}'`), "'wasm-unsafe-eval'"].join(' '),
  // Styles: Svelte injects each island's CSS at run time (svelte.config.js css: 'injected', needed since the bundler
  // dropped island CSS), and charts size their bars with style attributes. Inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // KaTeX and the charts use data: URIs for small images and fonts.
  "img-src 'self' data:",
  "font-src 'self' data:",
  // The search index, the service worker's precache and the web app manifest are fetched from the site.
  "connect-src 'self'",
  "manifest-src 'self'",
  // Simulations, training, benchmarks and grading run in module workers built from the site's own files. Learner code
  // runs in blob: workers that the exercise sandbox frame starts (src/lib/exercises/sandbox/browser): they inherit the
  // frame's opaque origin and its policy, which allows no network; neither they nor the site need eval.
  "worker-src 'self' blob:",
  // Nothing embeds plugins; links and forms may not be redirected elsewhere by injected markup.
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const FRAME_HASH = createHash('sha256').update(FRAME_SCRIPT, 'utf8').digest('base64');

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
