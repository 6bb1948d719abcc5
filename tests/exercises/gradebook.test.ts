// The gradebook on a fixture class: a correct, a wrong, a crashing, a looping, a missing and a non-parsing
// submission. Every one is reported for what it is, and none stops the others.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/fixtures/gradebook';

describe('npm run gradebook', () => {
  it('grades a folder of submissions into gradebook.csv', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gradebook.ts', DIR, '--time-limit=5000'], { encoding: 'utf8', timeout: 280_000 });
    expect(r.status, r.stderr).toBe(0);
    const [header, ...lines] = readFileSync(`${DIR}/gradebook.csv`, 'utf8').trim().split('\n');
    expect(header).toBe('learner,exercise,check,status,points,earned,message');
    // learner, exercise, check, status, earned: the expected CSV without its free-text message column.
    const got = lines.map((l) => l.split(',').slice(0, 6).map((c) => c.replace(/^"|"$/g, '')).filter((_, i) => i !== 4).join(','));
    const sampler = ['probabilities', 'distribution', 'reproducible', 'uses-rng', 'bit-order', 'with-replacement', 'cost-per-draw', 'zero-probability', 'no-side-effects', 'many-outcomes'];
    const samplerPoints = [2, 3, 1, 2, 2, 1, 2, 1, 1, 1];
    // Only 01-sampler was handed in: every other exercise is reported missing, for every learner, in course order.
    const others = readdirSync('exercises').filter((d) => /^\d\d-/.test(d) && d !== '01-sampler').sort();
    const missing = (who: string) => others.map((id) => `${who},${id},*,missing,0`);
    const expected = [
      ...sampler.map((c, i) => `alice,01-sampler,${c},pass,${samplerPoints[i]}`),
      ...missing('alice'),
      // bob squares nothing: probabilities fails, and no-side-effects, which builds on it, waits for it.
      ...sampler.map((c, i) => (c === 'probabilities' || c === 'no-side-effects' ? `bob,01-sampler,${c},fail,0` : `bob,01-sampler,${c},pass,${samplerPoints[i]}`)),
      ...missing('bob'),
      ...sampler.map((c) => `carol,01-sampler,${c},fail,0`),
      ...missing('carol'),
      // dave's bornProbabilities loops: the two checks that call it are stopped, the others run (and fail) apart.
      ...sampler.map((c) => `dave,01-sampler,${c},${c === 'probabilities' ? 'timeout' : 'fail'},0`),
      ...missing('dave'),
      'erin,01-sampler,*,missing,0', ...missing('erin'),
      'frank,01-sampler,*,load-error,0', ...missing('frank'),
    ];
    expect(got).toEqual(expected);
    const json = JSON.parse(readFileSync(`${DIR}/gradebook.json`, 'utf8')) as { rows: { learner: string; status: string; message: string }[] };
    expect(json.rows.find((x) => x.learner === 'carol')!.message).toMatch(/threw an error at line 2: TypeError: crash/);
    expect(json.rows.find((x) => x.learner === 'dave')!.message).toMatch(/more than 5 s of processor time/);
    expect(json.rows.find((x) => x.learner === 'frank')!.message).toMatch(/could not be loaded/);
    const total = JSON.parse(readFileSync('.github/classroom/autograding.json', 'utf8')).tests.reduce((a: number, t: { points: number }) => a + t.points, 0);
    expect(total).toBeGreaterThan(46);
    expect(r.stdout).toContain(`alice: 16/${total} points`);
    // The LMS files carry the same totals, one row per learner: alice's 16 for 01-sampler, bob's 16 less the 2 + 1 of
    // the two checks he fails.
    const canvas = readFileSync(`${DIR}/gradebook-canvas.csv`, 'utf8').trim().split('\n');
    expect(canvas[0]).toMatch(/^"Student","ID","SIS User ID","SIS Login ID","Section","01-sampler [^"]+","02-noise /);
    expect(canvas.slice(1).map((l) => l.split(',').slice(0, 6).join(','))).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map((w, i) => `"${w}","","","${w}","",${[16, 13, 0, 0, 0, 0][i]}`));
    const moodle = readFileSync(`${DIR}/gradebook-moodle.csv`, 'utf8').trim().split('\n');
    expect(moodle[0]).toMatch(/^"learner","username","01-sampler /);
    expect(moodle[1]).toMatch(/^"alice","alice",16,0,0/);
  }, 300_000);
});
