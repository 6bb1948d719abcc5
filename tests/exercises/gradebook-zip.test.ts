// Submissions handed in as zips: graded exactly like the same files in a subfolder, with or without a wrapping
// folder; a corrupt zip or one with a path that escapes its folder is reported for that learner and unpacks nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSubmission } from '../../scripts/lib/unzip-submission';

const correct = readFileSync('tests/fixtures/gradebook/alice/01-sampler/sampler.ts', 'utf8');
const wrong = readFileSync('tests/fixtures/gradebook/bob/01-sampler/sampler.ts', 'utf8');
const made: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gradebook-test-'));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('unzipSubmission', () => {
  it('unpacks files, dropping one wrapping folder and macOS clutter', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.zip'), zipSync({ 'alice/01-sampler/sampler.ts': strToU8(correct), '__MACOSX/._x': strToU8('junk'), 'alice/.DS_Store': strToU8('junk') }));
    const r = unzipSubmission(join(dir, 'a.zip'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(readFileSync(join(r.root, '01-sampler/sampler.ts'), 'utf8')).toBe(correct);
      expect(existsSync(join(r.root, '__MACOSX'))).toBe(false);
    }
  });

  it('keeps exercise folders at the top level as they are', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(correct) }));
    const r = unzipSubmission(join(dir, 'b.zip'));
    expect(r.ok && readFileSync(join(r.root, '01-sampler/sampler.ts'), 'utf8')).toBe(correct);
  });

  it('refuses escaping paths and unreadable zips with a message', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'evil.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(correct), '../../escaped.ts': strToU8('x') }));
    writeFileSync(join(dir, 'broken.zip'), 'PK\u0003\u0004 this is not really a zip');
    const evil = unzipSubmission(join(dir, 'evil.zip'));
    expect(evil).toMatchObject({ ok: false, message: expect.stringMatching(/unsafe path "..\/..\/escaped.ts"/) });
    expect(existsSync(join(dir, '..', 'escaped.ts'))).toBe(false);
    // 60 MB of zeros compresses to a few tens of KB: refused from the sizes the zip declares.
    writeFileSync(join(dir, 'bomb.zip'), zipSync({ '01-sampler/sampler.ts': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }));
    expect(unzipSubmission(join(dir, 'bomb.zip'))).toMatchObject({ ok: false, message: expect.stringMatching(/more than the 52428800-byte limit/) });
    expect(unzipSubmission(join(dir, 'broken.zip'))).toMatchObject({ ok: false, message: expect.stringMatching(/not a readable zip/) });
  });
});

describe('npm run gradebook with zips', () => {
  it('grades zipped and unzipped learners side by side, and reports a bad zip for its learner only', () => {
    const dir = tempDir();
    cpSync('tests/fixtures/gradebook/alice', join(dir, 'alice'), { recursive: true });
    writeFileSync(join(dir, 'bea.zip'), zipSync({ 'bea-submission/01-sampler/sampler.ts': strToU8(correct) }));
    writeFileSync(join(dir, 'cal.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(wrong) }));
    writeFileSync(join(dir, 'dan.zip'), 'not a zip');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gradebook.ts', dir, '--time-limit=60000'], { encoding: 'utf8', timeout: 280_000 });
    expect(r.status, r.stderr).toBe(0);
    const { rows } = JSON.parse(readFileSync(join(dir, 'gradebook.json'), 'utf8')) as { rows: { learner: string; exercise: string; check: string; status: string; earned: number; message: string }[] };
    const sampler = (learner: string) => rows.filter((x) => x.learner === learner && x.exercise === '01-sampler');
    // The zipped correct submission scores exactly what the same file scores in a subfolder. The timing check is left
    // out of the comparison: it measures the machine as well as the code, and two learners graded in parallel on two
    // busy cores can land on either side of its threshold.
    const untimed = (learner: string) => sampler(learner).filter((x) => x.check !== 'cost-per-draw').map((x) => [x.check, x.status, x.earned]);
    expect(untimed('bea')).toEqual(untimed('alice'));
    expect(untimed('bea').every(([, status]) => status === 'pass')).toBe(true);
    expect(sampler('cal').find((x) => x.check === 'probabilities')?.status).toBe('fail');
    expect(rows.filter((x) => x.learner === 'dan').every((x) => x.status === 'load-error' && /^dan\.zip is not a readable zip/.test(x.message))).toBe(true);
    // Messages name the zip, never the temporary folder it was unpacked to.
    expect(rows.find((x) => x.learner === 'bea' && x.status === 'missing')?.message).toMatch(/^bea\.zip\/02-noise\/noise\.ts is missing/);
    expect(JSON.stringify(rows)).not.toMatch(/gradebook-(?!test-)/);
  }, 300_000);
});

describe('hostile zips and duplicate submissions', () => {
  it('a name clash, a control character or a folder-and-zip pair becomes that learner\'s row; the class goes on and no temporary folder is left', () => {
    const dir = tempDir();
    const before = readdirSync(tmpdir()).filter((d) => d.startsWith('gradebook-')).length;
    cpSync('tests/fixtures/gradebook/alice', join(dir, 'alice'), { recursive: true });
    writeFileSync(join(dir, 'clash.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(correct), '01-sampler/sampler.ts/inner.ts': strToU8('x') }));
    writeFileSync(join(dir, 'nul.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(correct), '01-sampler/evil\u0000.ts': strToU8('x') }));
    mkdirSync(join(dir, 'twice', '01-sampler'), { recursive: true });
    writeFileSync(join(dir, 'twice', '01-sampler', 'sampler.ts'), correct);
    writeFileSync(join(dir, 'twice.zip'), zipSync({ '01-sampler/sampler.ts': strToU8(wrong) }));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gradebook.ts', dir, '--time-limit=30000'], { encoding: 'utf8', timeout: 280_000 });
    expect(r.status, r.stderr).toBe(0);
    const { rows } = JSON.parse(readFileSync(join(dir, 'gradebook.json'), 'utf8')) as { rows: { learner: string; exercise: string; status: string; earned: number; message: string }[] };
    const of = (learner: string) => rows.filter((x) => x.learner === learner);
    expect(of('clash').every((x) => x.status === 'load-error' && /both as a file and as a folder/.test(x.message))).toBe(true);
    expect(of('nul').every((x) => x.status === 'load-error' && /control character/.test(x.message))).toBe(true);
    expect(of('twice').every((x) => x.status === 'load-error' && /handed in .*twice and twice\.zip; keep one/.test(x.message))).toBe(true);
    expect(of('alice').filter((x) => x.exercise === '01-sampler').every((x) => x.status === 'pass' || x.message.includes('65,536'))).toBe(true);
    expect(readdirSync(tmpdir()).filter((d) => d.startsWith('gradebook-')).length).toBe(before);
  }, 300_000);
});
