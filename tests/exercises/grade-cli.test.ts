// `npm run grade` against learner files that loop forever or throw on import: each is reported, never a hang.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A submission folder laid out like exercises/ (one folder per exercise), holding the reference solution of 01.
const solved = mkdtempSync(join(tmpdir(), 'qgen-solved-'));
mkdirSync(join(solved, '01-sampler'));
copyFileSync('exercises/01-sampler/solution/sampler.ts', join(solved, '01-sampler', 'sampler.ts'));
afterAll(() => rmSync(solved, { recursive: true, force: true }));

// The limit is short for the looping file only; correct code gets the default, since this suite runs beside others.
const grade = (limitMs: number, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', ...args], {
    encoding: 'utf8', env: { ...process.env, GRADE_TIME_LIMIT_MS: String(limitMs), FORCE_COLOR: '0' }, timeout: 120_000,
  });

describe('npm run grade', () => {
  it('stops code that loops forever and says why', () => {
    const r = grade(4000, '01', '--dir=tests/fixtures/grade/loops');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Stopped: your code used more than 4 s of processor time on this check, slower than allowed/);
  }, 120_000);

  it('reports a file that throws on import', () => {
    const r = grade(60_000, '01', '--dir=tests/fixtures/grade/throws');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/could not be loaded: Your file threw while loading at line \d+: Error: oops at import/);
  }, 120_000);

  it('passes the reference solutions with exit code 0 and a summary line', () => {
    const r = grade(60_000, '01', `--dir=${solved}`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/10 passed, 0 failed/);
  }, 120_000);
});
