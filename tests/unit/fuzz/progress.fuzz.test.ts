// Fuzzing saved progress: localStorage is shared with anything else on the origin, so any text may be there. Loading
// must never throw; a valid blob loads unchanged; anything else keeps only its valid entries and is first copied, byte
// for byte, to the backup key, so no saved work is silently lost. Storage that refuses writes changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY, PROGRESS_KEY, emptyProgress, loadProgress, markLessonVisited, progressSchema, type Progress,
} from '../../../src/lib/progress/store';
import { FUZZ_RUNS, FUZZ_SEED, XSS_PAYLOADS, mutated } from './arbitraries';
import { MemoryStore } from '../helpers/memory-store';


const progressArb: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(1 as const),
  visitedLessons: fc.uniqueArray(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...XSS_PAYLOADS)), { maxLength: 12 }),
  passedExercises: fc.dictionary(
    fc.string({ maxLength: 20 }),
    fc.record({ score: fc.integer({ min: 0, max: 100 }), max: fc.integer({ min: 1, max: 100 }), at: fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }).map((d) => d.toISOString()) }),
    { maxKeys: 4 },
  ),
});

const blobArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((j) => JSON.stringify(j)),
  progressArb.map((p) => JSON.stringify(p)),
  mutated(progressArb.map((p) => JSON.stringify(p))),
  progressArb.map((p) => JSON.stringify({ ...p, version: 2 })),
);

describe('fuzzing saved progress', () => {
  it(`${FUZZ_RUNS} stored blobs: valid ones load unchanged, others are backed up exactly and replaced by what was valid in them`, () => {
    const outcomes = { kept: 0, recovered: 0 };
    fc.assert(
      fc.property(blobArb, (raw) => {
        const store = new MemoryStore();
        store.setItem(PROGRESS_KEY, raw);
        const { progress, recovered } = loadProgress(store);
        let parsed: ReturnType<typeof progressSchema.safeParse> | undefined;
        try {
          parsed = progressSchema.safeParse(JSON.parse(raw));
        } catch {
          parsed = undefined;
        }
        if (parsed?.success) {
          outcomes.kept++;
          expect(recovered).toBe(false);
          expect(store.getItem(PROGRESS_KEY)).toBe(raw);
          // Unknown extra fields are dropped from what the page uses; the stored text stays as it was.
          expect(progress).toEqual(parsed.data);
        } else {
          outcomes.recovered++;
          expect(recovered).toBe(true);
          // What is kept is valid on its own and was in the blob, entry by entry (salvaged field by field).
          expect(progressSchema.safeParse(progress).success).toBe(true);
          let blob: { visitedLessons?: unknown; passedExercises?: Record<string, unknown> } | null = null;
          try {
            blob = JSON.parse(raw);
          } catch {
            blob = null;
          }
          for (const slug of progress.visitedLessons) expect(Array.isArray(blob?.visitedLessons) && blob.visitedLessons.includes(slug)).toBe(true);
          for (const [id, r] of Object.entries(progress.passedExercises)) expect(blob?.passedExercises?.[id]).toMatchObject(r);
          if (typeof blob !== 'object' || blob === null || (blob as { version?: unknown }).version !== 1) expect(progress).toEqual(emptyProgress());
          expect(store.getItem(PROGRESS_BACKUP_KEY)).toBe(raw);
          expect(progressSchema.safeParse(JSON.parse(store.getItem(PROGRESS_KEY)!)).success).toBe(true);
        }
        // Whatever was there, the next visit can still record progress.
        expect(markLessonVisited(store, '04-born-machines').visitedLessons).toContain('04-born-machines');
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
    expect(outcomes.kept).toBeGreaterThan(FUZZ_RUNS * 0.1);
    expect(outcomes.recovered).toBeGreaterThan(FUZZ_RUNS * 0.1);
  });

  it(`${FUZZ_RUNS} blobs in storage that refuses writes: loading never throws and the stored blob is untouched`, () => {
    fc.assert(
      fc.property(blobArb, (raw) => {
        const store = new MemoryStore(true);
        store.data.set(PROGRESS_KEY, raw);
        loadProgress(store);
        markLessonVisited(store, 'x');
        expect(store.data.get(PROGRESS_KEY)).toBe(raw);
        expect(store.data.has(PROGRESS_BACKUP_KEY)).toBe(false);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
  });
});
