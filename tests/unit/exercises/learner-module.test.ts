// The in-browser path for learner code: TypeScript compiled by Sucrase, run with only the exercise's helpers, errors
// reported at the learner's own line; and the same checks as `npm run grade` reach the same verdicts through it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateModule } from '../../../src/lib/exercises/learner-module';
import { compileLearnerCode } from '../../../src/lib/exercises/compile-learner';
import { describeError, learnerLine } from '../../../src/lib/exercises/learner-line';
import { runChecks } from '../../../src/lib/exercises/types';
import { compileForSandbox, sandboxOpener } from '../../../src/lib/exercises/sandbox/open-learner';
import { loopbackTransport } from '../../../src/lib/exercises/sandbox/loopback';
import { browserExercise, type BrowserExercise } from '../../../src/components/lesson-parts/exercise-editor/graders';
import { REGISTRY } from '../../../src/lib/exercises/registry-vite';

const load = (source: string, helpers: Record<string, unknown> = {}) => {
  const c = compileLearnerCode(source, 'x.ts');
  if (!c.ok) throw new Error(c.message);
  return evaluateModule(c.code, helpers, 'x.ts');
};
// Compiled as the browser and npm run grade compile it, loaded through the wire into an in-process sandbox.
const opener = (ex: BrowserExercise, source: string) => sandboxOpener(compileForSandbox('x.ts', source, ex.helpers), () => loopbackTransport());

describe('compiling and loading learner TypeScript', () => {
  it('strips types, keeps exports and serves the helper imports', () => {
    const m = load('import { twice } from "./tools";\ninterface P { x: number }\nexport const f = (p: P): number => twice(p.x) + 1;\n', { './tools': { twice: (v: number) => 2 * v } });
    expect((m.f as (p: { x: number }) => number)({ x: 4 })).toBe(9);
  });
  it('refuses other imports by name', () => {
    expect(() => load('import fs from "node:fs";\nexport const a = fs;\n', { './tools': {} })).toThrow(/imports "node:fs", which is not available to graded code: .*"\.\/tools"/);
  });
  it('a syntax error gives its line and column', () => {
    const r = compileLearnerCode('export function f() {\n  const a = [1, 2;\n}\n', 'sampler.ts');
    expect(r).toMatchObject({ ok: false, line: 2 });
    expect(!r.ok && r.message).toMatch(/^sampler\.ts does not compile: Unexpected token.*\(line 2, column \d+\)$/);
  });
  it('a runtime error names the learner\'s line, blank lines and type annotations included', () => {
    const m = load('// header\n\ntype T = number;\nexport function f(n: T): T {\n  if (n > 1) {\n    throw new TypeError("bad n");\n  }\n  return n;\n}\n');
    let err: unknown;
    try {
      (m.f as (n: number) => number)(5);
    } catch (e) {
      err = e;
    }
    expect(learnerLine(err)).toBe(6);
    expect(describeError(err)).toBe('TypeError: bad n (line 6 of your file)');
    expect(learnerLine(new Error('from elsewhere'))).toBeNull();
  });
});

describe('the browser graders give npm run grade\'s verdicts', () => {
  for (const { meta: { id, files: [file] } } of REGISTRY) {
    it(`${id}: the reference solution, pasted as published and compiled as the browser does, passes every check; the starter passes none`, async () => {
      const ex = (await browserExercise(id))!;
      const solved = await runChecks(ex.grader, opener(ex, readFileSync(`exercises/${id}/solution/${file}`, 'utf8')));
      expect(solved.loadError).toBeUndefined();
      expect(solved.results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.message}`)).toEqual([]);
      const starter = await runChecks(ex.grader, opener(ex, readFileSync(`exercises/${id}/${file}`, 'utf8')));
      expect(starter.score).toBe(0);
    }, 120_000);
  }
});
