import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  browserStore,
  emptyProgress,
  loadProgress,
  markLessonVisited,
  progressSchema,
  recordExercisePassed,
  saveProgress,
  type KeyValueStore,
} from '../../../src/lib/progress/store';

/** A stand-in for localStorage: just a plain object, inspectable by the test. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const throwing: KeyValueStore = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading', () => {
  it('gives an empty default, not flagged, when nothing is stored', () => {
    expect(loadProgress(memoryStore())).toEqual({ progress: emptyProgress(), recovered: false });
  });

  it('reads back a valid blob unchanged', () => {
    const blob = {
      version: 1,
      visitedLessons: ['qubits-and-superposition'],
      passedExercises: { '01-sampler': { score: 9, max: 10, at: '2026-11-20T10:00:00.000Z' } },
    };
    const s = memoryStore({ [PROGRESS_KEY]: JSON.stringify(blob) });
    expect(loadProgress(s)).toEqual({ progress: blob, recovered: false });
    expect(s.data[PROGRESS_BACKUP_KEY]).toBeUndefined();
  });

  it.each([
    ['not JSON', 'not json {'],
    ['empty string', ''],
    ['a future version', '{"version":2,"visitedLessons":[],"passedExercises":{}}'],
    ['an array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a wrong field type', '{"version":1,"visitedLessons":"x","passedExercises":{}}'],
    ['a missing field', '{"version":1,"visitedLessons":[]}'],
    ['a bad exercise result', '{"version":1,"visitedLessons":[],"passedExercises":{"01-sampler":{"score":"all"}}}'],
    ['a bad timestamp', '{"version":1,"visitedLessons":[],"passedExercises":{"a":{"score":1,"max":1,"at":"yesterday"}}}'],
  ])('%s: returns a clean default, flags it, and keeps the blob as a backup', (_name, raw) => {
    const s = memoryStore({ [PROGRESS_KEY]: raw });
    const { progress, recovered } = loadProgress(s);
    expect(recovered).toBe(true);
    expect(progress).toEqual(emptyProgress());
    expect(s.data[PROGRESS_BACKUP_KEY]).toBe(raw);
    // The default replaces the bad blob, so the next load is clean and does not overwrite the backup again.
    expect(loadProgress(s).recovered).toBe(false);
  });

  it('keeps every valid entry of a partly bad blob, field by field, and backs the whole blob up', () => {
    const raw = JSON.stringify({
      version: 1,
      visitedLessons: ['bits', 42, 'entanglement', '', 'bits'],
      passedExercises: { '01-sampler': { score: 13, max: 13, at: '2026-11-30T10:00:00.000Z' }, '02-noise': { score: 'all' }, '03-energy': { score: 5, max: 0, at: '2026-11-30T10:00:00.000Z' } },
      extra: true,
    });
    const s = memoryStore({ [PROGRESS_KEY]: raw });
    const { progress, recovered } = loadProgress(s);
    expect(recovered).toBe(true);
    expect(progress).toEqual({ version: 1, visitedLessons: ['bits', 'entanglement'], passedExercises: { '01-sampler': { score: 13, max: 13, at: '2026-11-30T10:00:00.000Z' } } });
    expect(s.data[PROGRESS_BACKUP_KEY]).toBe(raw);
    expect(loadProgress(s)).toEqual({ progress, recovered: false });
  });

  it('does not overwrite a bad blob when its backup cannot be written', () => {
    const data: Record<string, string> = { [PROGRESS_KEY]: 'garbage' };
    const s: KeyValueStore = {
      getItem: (k) => data[k] ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadProgress(s).recovered).toBe(true);
    expect(data[PROGRESS_KEY]).toBe('garbage');
  });

  it('never throws, whatever the storage does', () => {
    expect(loadProgress(throwing)).toEqual({ progress: emptyProgress(), recovered: false });
    expect(loadProgress(undefined).progress).toEqual(emptyProgress());
    expect(saveProgress(throwing, emptyProgress())).toBe(false);
    expect(() => markLessonVisited(throwing, 'x')).not.toThrow();
  });
});

describe('saving', () => {
  it('remembers each visited lesson once', () => {
    const s = memoryStore();
    markLessonVisited(s, 'qubits-and-superposition');
    markLessonVisited(s, 'born-machines');
    markLessonVisited(s, 'qubits-and-superposition');
    expect(loadProgress(s).progress.visitedLessons).toEqual(['qubits-and-superposition', 'born-machines']);
  });

  it('keeps the best exercise result, with its timestamp', () => {
    const s = memoryStore();
    recordExercisePassed(s, '01-sampler', 8, 10, new Date('2026-11-01T00:00:00Z'));
    recordExercisePassed(s, '01-sampler', 6, 10, new Date('2026-11-02T00:00:00Z'));
    expect(loadProgress(s).progress.passedExercises['01-sampler']).toEqual({
      score: 8,
      max: 10,
      at: '2026-11-01T00:00:00.000Z',
    });
    recordExercisePassed(s, '01-sampler', 10, 10, new Date('2026-11-03T00:00:00Z'));
    expect(loadProgress(s).progress.passedExercises['01-sampler']?.score).toBe(10);
  });

  it('refuses to write a blob that would not load back', () => {
    const s = memoryStore();
    const bad = { ...emptyProgress(), visitedLessons: [42] } as unknown as ReturnType<typeof emptyProgress>;
    expect(saveProgress(s, bad)).toBe(false);
    expect(s.data[PROGRESS_KEY]).toBeUndefined();
  });

  it('writes JSON that the schema accepts', () => {
    const s = memoryStore();
    markLessonVisited(s, 'a');
    expect(progressSchema.safeParse(JSON.parse(s.data[PROGRESS_KEY]!)).success).toBe(true);
  });
});

describe('browserStore', () => {
  it('uses localStorage when present', () => {
    const fake = memoryStore();
    vi.stubGlobal('localStorage', fake);
    expect(browserStore()).toBe(fake);
    markLessonVisited(browserStore(), 'x');
    expect(loadProgress().progress.visitedLessons).toEqual(['x']);
  });

  it('returns undefined when touching localStorage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(browserStore()).toBeUndefined();
      expect(loadProgress().progress).toEqual(emptyProgress());
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
