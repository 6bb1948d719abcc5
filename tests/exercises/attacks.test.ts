// The gradebook against a class of hostile submissions (tests/exercises/attacks/sources.ts) beside an honest one,
// on this machine as it is (CI runs as root). Judged by outcomes: no secret reaches the gradebook or a listener,
// nothing outside a submission changes, no attacker earns a point, the honest learner keeps full marks, the class
// run completes, and no learner process outlives it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attacks, type AttackPaths } from './attacks/sources';
import { probeConfinement } from '../../scripts/lib/sandbox/confinement';

const SECRET = `secret-${Math.random().toString(36).slice(2)}`;
const root = mkdtempSync(join(tmpdir(), 'attack-class-'));
const klass = join(root, 'class');
const graderSource = resolve('exercises/01-sampler/grader.ts');
const graderBefore = readFileSync(graderSource, 'utf8');
let connections = 0;
const server = createServer((s) => {
  connections++;
  s.destroy();
});
let run: ReturnType<typeof spawnSync>;
let rows: { learner: string; check: string; status: string; earned: number; points: number; message: string }[] = [];
let paths: AttackPaths;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  mkdirSync(join(root, 'private'));
  writeFileSync(join(root, 'private', 'id_ed25519'), `-----BEGIN ${SECRET}-----`);
  cpSync('tests/fixtures/gradebook/alice', join(klass, 'honest'), { recursive: true });
  paths = {
    secretFile: join(root, 'private', 'id_ed25519'),
    solution: resolve('exercises/01-sampler/solution/sampler.ts'),
    classmate: join(klass, 'honest', '01-sampler', 'sampler.ts'),
    graderSource,
    gradebookJson: join(klass, 'gradebook.json'),
    marker: join(root, 'marker'),
    port,
  };
  for (const [name, source] of Object.entries(attacks(paths))) {
    mkdirSync(join(klass, name, '01-sampler'), { recursive: true });
    writeFileSync(join(klass, name, '01-sampler', 'sampler.ts'), source);
  }
  run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gradebook.ts', klass, '--time-limit=5000', '--wall-limit=15000'], {
    encoding: 'utf8', timeout: 600_000, env: { ...process.env, GITHUB_TOKEN: SECRET, FORCE_COLOR: '0' },
  });
  rows = JSON.parse(readFileSync(join(klass, 'gradebook.json'), 'utf8')).rows;
}, 620_000);

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hostile submissions in a class run', () => {
  it('this machine gives every protection (CI runs as root on Linux)', () => {
    expect(probeConfinement().missing).toEqual([]);
  });

  it('the class run completes and the honest learner keeps full marks', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    const honest = rows.filter((r) => r.learner === 'honest' && r.check !== '*');
    expect(honest.length).toBe(10);
    // The timing check (and many-outcomes, which builds on it) is left out: two learners graded in parallel on a
    // loaded machine measure the machine too.
    expect(honest.filter((r) => r.check !== 'cost-per-draw' && r.check !== 'many-outcomes').every((r) => r.status === 'pass')).toBe(true);
  });

  it('no attacker earns a point on 01', () => {
    const names = Object.keys(attacks(paths));
    for (const name of names) {
      const mine = rows.filter((r) => r.learner === name && r.check !== '*' || (r.learner === name && r.check === '*' && r.message.includes('01-sampler')));
      expect(mine.length, name).toBeGreaterThan(0);
      expect(mine.reduce((a, r) => a + r.earned, 0), `${name} earned points`).toBe(0);
    }
  });

  it('no secret reaches the gradebook, the output or a listener', () => {
    const everything = [readFileSync(join(klass, 'gradebook.json'), 'utf8'), readFileSync(join(klass, 'gradebook.csv'), 'utf8'), String(run.stdout), String(run.stderr)].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toMatch(/root:x:0:0/);
    expect(everything).not.toContain('inverse CDF with binary search');
    expect(connections).toBe(0);
    // The attempts were made and refused, not skipped.
    expect(rows.find((r) => r.learner === 'read-secrets')?.message).toMatch(/LEAK denied \| denied \| denied \| denied/);
  });

  it('nothing outside a submission changes, and no learner process outlives the run', () => {
    expect(existsSync(paths.marker)).toBe(false);
    expect(readFileSync(graderSource, 'utf8')).toBe(graderBefore);
    expect(readFileSync(paths.classmate, 'utf8')).toBe(readFileSync('tests/fixtures/gradebook/alice/01-sampler/sampler.ts', 'utf8'));
    const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
    expect(ps).not.toMatch(/sleep 1000/);
    expect(ps).not.toMatch(new RegExp(klass));
  });

  it('each attack is reported for what it is', () => {
    const of = (name: string) => rows.filter((r) => r.learner === name).map((r) => r.message).join('\n');
    // Node queues what a pipe cannot take at once, so a flood ends either at the output cap or in memory.
    expect(of('flood-output')).toMatch(/more than \d+ MB|out of memory/);
    expect(of('flood-log')).toMatch(/printed more than \d+ MB/);
    expect(of('eat-memory')).toMatch(/out of memory|allocation failed/i);
    expect(of('sleep-forever')).toMatch(/Stopped after 15 s without an answer/);
    expect(of('import-solution')).not.toMatch(/pass/);
  });
});
