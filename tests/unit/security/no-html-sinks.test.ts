// Nothing a learner types, pastes or links may reach the page as HTML. The course never needs raw HTML insertion
// (Svelte and Astro escape text), so the sinks are banned outright in site code rather than reviewed case by case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = [/\{@html\b/, /\bset:html\b/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /\binsertAdjacentHTML\s*\(/, /\bdocument\.write(ln)?\s*\(/, /\bnew Function\s*\(/, /\beval\s*\(/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(svelte|astro|ts|mjs|js|mdx)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** The one file allowed `new Function`: the exercise editor has to run the learner's own code, in a worker. */
const EVALUATOR = join('src', 'lib', 'exercises', 'learner-module.ts');

describe('HTML injection sinks', () => {
  const sources = [...files('src'), ...files('content')];

  it('the scan sees the site code (a wrong path would make this test pass vacuously)', () => {
    expect(sources.some((f) => f.endsWith('.svelte'))).toBe(true);
    expect(sources.some((f) => f.endsWith('.mdx'))).toBe(true);
  });

  it('the patterns catch each sink they name', () => {
    const samples = ['{@html x}', '<div set:html={x} />', 'el.innerHTML = x', 'el.outerHTML= x', 'el.insertAdjacentHTML("x", y)', 'document.write(x)', 'new Function("x")', 'eval(x)'];
    for (const s of samples) expect(SINKS.some((re) => re.test(s)), s).toBe(true);
    expect(SINKS.some((re) => re.test('el.textContent = x'))).toBe(false);
  });

  it('no site file uses one (the learner-code evaluator excepted, below)', () => {
    const hits = sources.flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').flatMap((line, i) => {
        const allowed = f === EVALUATOR && /\bnew Function\s*\(/.test(line);
        return SINKS.some((re) => re.test(line)) && !allowed ? [`${f}:${i + 1}: ${line.trim()}`] : [];
      }),
    );
    expect(hits).toEqual([]);
  });

  it('learner code is evaluated in one module, used only on the sandbox side (never by a page or an island)', () => {
    expect(readFileSync(EVALUATOR, 'utf8')).toMatch(/\bnew Function\s*\(/);
    const importers = sources.filter((f) => f !== EVALUATOR && /from\s+['"][^'"]*learner-module['"]/.test(readFileSync(f, 'utf8'))).sort();
    const sandbox = join('src', 'lib', 'exercises', 'sandbox');
    // runtime.ts evaluates (in the confined process); the browser's sandbox worker takes one type from it and runs
    // the learner's code as its own script.
    expect(importers).toEqual([join(sandbox, 'browser', 'worker-entry.ts'), join(sandbox, 'runtime.ts')]);
    const pages = sources.filter((f) => /\.(svelte|astro|mdx)$/.test(f) && /from\s+['"][^'"]*(learner-module|sandbox\/runtime|open-learner)['"]/.test(readFileSync(f, 'utf8')));
    expect(pages).toEqual([]);
  });
});
