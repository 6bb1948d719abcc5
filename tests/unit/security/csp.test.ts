// The per-page Content-Security-Policy written after the build (scripts/lib/csp.mjs). Hashes are checked against
// a digest computed outside this project (openssl) and against Web Crypto, not against the module's own function.
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withCsp } from '../../../scripts/lib/csp.mjs';

const THEME = "document.documentElement.dataset.theme='dark';";
// printf '%s' "$THEME" | openssl dgst -sha256 -binary | base64
const THEME_SHA256 = 'IL7rwv2VOjU6vInkRwJTvFERJLVY80azmQFKaT/moJg=';

async function webCryptoHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('base64');
}

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
}

describe('inline script hashes', () => {
  it('match an openssl digest of the exact script text', () => {
    expect(inlineScriptHashes(page(`<script>${THEME}</script>`))).toEqual([THEME_SHA256]);
  });

  it('match Web Crypto for scripts with attributes, unicode and newlines, and skip external scripts', async () => {
    const a = '\n  const q = "|ψ⟩";\n  console.log(q);\n';
    const b = 'import "./x.js";';
    const html = page(`<script type="module">${a}</script><script src="/app.js"></script>`, `<script>${b}</script>`);
    const expected = (await Promise.all([a, b].map(webCryptoHash))).sort();
    expect(inlineScriptHashes(html)).toEqual(expected);
  });

  it('lists a script repeated on the page once', () => {
    expect(inlineScriptHashes(page(`<script>${THEME}</script>`, `<script>${THEME}</script>`))).toHaveLength(1);
  });
});

describe('the policy', () => {
  const policy = directives(policyFor(page(`<script>${THEME}</script>`)));

  it('allows only this site, never another host, eval or inline script without a hash', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      for (const s of sources) {
        // blob: only for workers: the exercise sandbox's learner workers (opaque origin, no network).
        expect(s, `${name} source ${s}`).toMatch(name === 'worker-src' ? /^('self'|blob:)$/ : /^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
      }
    }
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).toContain(`'sha256-${THEME_SHA256}'`);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('withCsp', () => {
  it('puts one policy first in <head>, before any script it governs', () => {
    const out = withCsp(page(`<script>${THEME}</script>`));
    const head = out.slice(out.indexOf('<head>') + '<head>'.length);
    expect(head.startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('replaces an older policy rather than stacking a second (running the post-build step twice is harmless)', () => {
    const once = withCsp(page(`<script>${THEME}</script>`));
    expect(withCsp(once)).toBe(once);
  });

  it('refuses a page with no <head> rather than writing an unprotected page', () => {
    expect(() => withCsp('<p>fragment</p>')).toThrow(/no <head>/);
  });
});
