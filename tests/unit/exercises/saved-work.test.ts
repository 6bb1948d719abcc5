// Saved and exported work: what is saved loads back; every bad import is refused with a message and changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_CHARS, exportWork, importWork, loadSavedWork, loadWork, saveWork, trySaveWork, workBackupKey, workKey } from '../../../src/lib/exercises/saved-work';
import { FUZZ_RUNS, FUZZ_SEED, mutated } from '../fuzz/arbitraries';
import { MemoryStore } from '../helpers/memory-store';


describe('saving in the browser', () => {
  it('round-trips, keeps exercises apart, and reports storage that refuses writes', () => {
    const s = new MemoryStore();
    expect(loadWork(s, '01-sampler')).toBeNull();
    expect(saveWork(s, '01-sampler', { 'sampler.ts': 'export const a = 1;\n' }, new Date('2026-11-30T10:00:00Z'))).toBe(true);
    expect(loadWork(s, '01-sampler')?.files).toEqual({ 'sampler.ts': 'export const a = 1;\n' });
    expect(loadWork(s, '02-noise')).toBeNull();
    s.data.set(workKey('02-noise'), '{"broken');
    expect(loadWork(s, '02-noise')).toBeNull();
    expect(saveWork(new MemoryStore(true), '01-sampler', { 'sampler.ts': 'x' })).toBe(false);
    expect(saveWork(undefined, '01-sampler', { 'sampler.ts': 'x' })).toBe(false);
  });
});

describe('saved work that cannot be read, or cannot be saved', () => {
  it('damaged or oversize saved work is copied aside, reported with its text, and never loaded', () => {
    for (const raw of ['{"broken', JSON.stringify({ format: 'qgen-exercise-work', version: 1, exercise: '01-sampler', files: { 'sampler.ts': 'x'.repeat(MAX_FILE_CHARS + 1) }, savedAt: '2026-11-30T10:00:00.000Z' })]) {
      const s = new MemoryStore();
      s.data.set(workKey('01-sampler'), raw);
      expect(loadSavedWork(s, '01-sampler')).toEqual({ kind: 'damaged', raw, backedUp: true });
      expect(s.data.get(workBackupKey('01-sampler'))).toBe(raw);
      expect(loadWork(s, '01-sampler')).toBeNull();
    }
    const full = new MemoryStore(true);
    full.data.set(workKey('01-sampler'), '{"broken');
    expect(loadSavedWork(full, '01-sampler')).toEqual({ kind: 'damaged', raw: '{"broken', backedUp: false });
  });
  it('saving refuses, with a message, what loading would refuse, and keeps what was saved before', () => {
    const s = new MemoryStore();
    expect(trySaveWork(s, '01-sampler', { 'sampler.ts': 'ok' })).toEqual({ ok: true });
    const r = trySaveWork(s, '01-sampler', { 'sampler.ts': 'y'.repeat(MAX_FILE_CHARS + 1) });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^sampler\.ts is 200,001 characters, more than the 200,000 this browser keeps: it was not saved\. Use Download/) });
    expect(loadWork(s, '01-sampler')?.files['sampler.ts']).toBe('ok');
    expect(trySaveWork(undefined, '01-sampler', { 'sampler.ts': 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/Export/) });
  });
});

describe('export and import', () => {
  const good = exportWork('02-noise', { 'noise.ts': '// mine\n' }, new Date('2026-11-30T10:00:00Z'));
  it('an export imports back unchanged', () => {
    const r = importWork(good, '02-noise', ['noise.ts']);
    expect(r.ok && r.work.files).toEqual({ 'noise.ts': '// mine\n' });
  });
  it('refuses damaged, foreign, other-exercise and incomplete files, each with its reason', () => {
    expect(importWork(good.slice(0, 40), '02-noise', ['noise.ts'])).toEqual({ ok: false, message: expect.stringMatching(/^This file is not readable JSON.*Nothing was changed\.$/) });
    expect(importWork('{"files": {}}', '02-noise', ['noise.ts'])).toEqual({ ok: false, message: 'This file is not an exercise export from this course. Nothing was changed.' });
    expect(importWork(good.replace('"version": 1', '"version": 2'), '02-noise', ['noise.ts'])).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or from a newer version/) });
    expect(importWork(good, '01-sampler', ['sampler.ts'])).toMatchObject({ ok: false, message: 'This export is for exercise 02-noise, not 01-sampler. Nothing was changed.' });
    expect(importWork(good.replace('noise.ts', 'other.ts'), '02-noise', ['noise.ts'])).toMatchObject({ ok: false, message: 'This export has no noise.ts. Nothing was changed.' });
  });
  it(`never throws and accepts only what validates (${FUZZ_RUNS} seeded mutations of a good export)`, () => {
    fc.assert(
      fc.property(mutated(fc.constant(good)), (text) => {
        const r = importWork(text, '02-noise', ['noise.ts']);
        if (r.ok) expect(typeof r.work.files['noise.ts']).toBe('string');
        else expect(r.message).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
  });
});
