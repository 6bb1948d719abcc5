import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY, PROGRESS_KEY, loadProgress, markLessonVisited, saveProgress, type KeyValueStore,
} from '../../../src/lib/progress/store';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('saved progress', () => {
  it('starts empty and remembers visited lessons once each', () => {
    const s = memoryStore();
    markLessonVisited(s, 'born-machines');
    markLessonVisited(s, 'born-machines');
    expect(loadProgress(s).progress.visitedLessons).toEqual(['born-machines']);
  });

  it.each([['not json {'], ['{"version":2,"visitedLessons":[]}'], ['[1,2,3]'], ['{"version":1,"visitedLessons":"x","passedExercises":{}}']])(
    'a corrupted or foreign blob (%s) gives a clean default and is kept as a backup',
    (raw) => {
      const s = memoryStore({ [PROGRESS_KEY]: raw });
      const { progress, recovered } = loadProgress(s);
      expect(recovered).toBe(true);
      expect(progress.visitedLessons).toEqual([]);
      expect(s.data[PROGRESS_BACKUP_KEY]).toBe(raw);
    },
  );

  it('survives storage that throws', () => {
    const s: KeyValueStore = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    expect(loadProgress(s).progress.version).toBe(1);
    expect(saveProgress(s, loadProgress(s).progress)).toBe(false);
  });
});
