// The search behind e2e/course-config.spec.ts: it must find a solution line in every disguise the build can give it,
// and must not pick lines that the site publishes anyway (or every build would "leak").
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { codeToHtml } from 'shiki';
import { afterAll, describe, expect, it } from 'vitest';
import { builtTexts, distinctiveLines, normalise, solutionProbes, whereFound } from '../../../e2e/solution-leaks';

const LINE = "if (u < cdf[mid]! && label !== 'x') hi = mid;";

describe('finding a line in built files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leaks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const probe = { exercise: '01-x', file: 'exercises/01-x/solution/x.ts', lines: [LINE] };

  it('finds it in Shiki-highlighted HTML, a JavaScript string, island props and a gzipped index', async () => {
    const html = await codeToHtml(`function f() {\n  ${LINE}\n}`, { lang: 'ts', theme: 'github-light-high-contrast' });
    expect(html).not.toContain(LINE); // tokenised and escaped: a plain grep would miss it
    mkdirSync(join(dir, 'page'), { recursive: true });
    writeFileSync(join(dir, 'page/index.html'), `<main>${html}</main>`);
    writeFileSync(join(dir, 'chunk.js'), `const s = ${JSON.stringify(`x\n  ${LINE}\n`)};`.replace(/'/g, "\\'"));
    // Attribute values keep a raw '>' (and '=>' in code) as Astro writes them.
    writeFileSync(join(dir, 'props.html'), `<astro-island props="${JSON.stringify({ code: `f = (a) => a;\n${LINE}` }).replace(/"/g, '&quot;')}"></astro-island>`);
    writeFileSync(join(dir, 'fragment.pf_fragment'), gzipSync(`{"content":"text ${LINE.replace(/'/g, "\\'")} more"}`));
    writeFileSync(join(dir, 'clean.js'), 'const nothing = 1;');
    writeFileSync(join(dir, 'font.woff2'), Buffer.from(LINE)); // binary files are not searched
    const found = whereFound(probe, builtTexts(dir)).get(LINE);
    expect(found?.sort()).toEqual(['chunk.js', 'fragment.pf_fragment', 'page/index.html', 'props.html']);
  });

  it('brings whitespace and entities to one form', () => {
    expect(normalise('<span>a&#x3C;b</span>\n   <span>&amp;&amp; c</span>', true)).toBe('a<b && c');
    expect(normalise('say \\"hi\\"\\n')).toBe('say "hi"n');
  });
});

describe('choosing the lines to look for', () => {
  const solution = [
    '/** A comment that is long enough to be picked otherwise. */',
    "import { something } from './tools';",
    'export function shared(x: number): number {',
    '  const short = 1;',
    '  const total = values.reduce((a, b) => a + b, 0);',
    '  return weights.map((w, i) => w * values[i]!);',
    '}',
  ].join('\n');

  it('picks code of its own: long lines, no comments or imports, nothing the site publishes anyway', () => {
    const published = normalise('export function shared(x: number): number {\n  // TODO\n}');
    expect(distinctiveLines(solution, published)).toEqual([
      'const total = values.reduce((a, b) => a + b, 0);',
      'return weights.map((w, i) => w * values[i]!);',
    ]);
  });

  it('spreads its picks over the whole file', () => {
    const long = Array.from({ length: 40 }, (_, i) => `const value${String(i).padStart(2, '0')} = compute(${i}, inputs);`).join('\n');
    const picked = distinctiveLines(long, '', 4);
    expect(picked).toEqual(['const value00 = compute(0, inputs);', 'const value10 = compute(10, inputs);', 'const value20 = compute(20, inputs);', 'const value30 = compute(30, inputs);']);
  });

  it('finds enough lines of its own in every reference solution of this course', () => {
    const probes = solutionProbes('.');
    const expected = readdirSync('exercises').filter((d) => existsSync(join('exercises', d, 'solution')))
      .flatMap((d) => readdirSync(join('exercises', d, 'solution')).map((f) => `exercises/${d}/solution/${f}`)).sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(probes.map((p) => p.file).sort()).toEqual(expected);
    for (const p of probes) expect(p.lines.length, p.file).toBeGreaterThanOrEqual(3);
  });
});
