// Review cards in storage and in export files: a damaged blob is backed up and salvaged card by card, an import is
// refused whole (with a message) when anything is wrong, and a merge keeps the better of both records.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../helpers/memory-store';
import { REVIEW_BACKUP_KEY, REVIEW_KEY, emptyReview, loadReview, reviewCardId, saveReview } from '../../../src/lib/review/cards';
import { answerCard } from '../../../src/lib/review/schedule';
import { exportProgress, mergeProgress, readProgressFile } from '../../../src/lib/progress/transfer';
import { emptyProgress } from '../../../src/lib/progress/store';
import { quizQuestions } from '../../../src/lib/review/quiz-bank';

const T0 = new Date('2027-03-01T09:00:00.000Z');
const good = answerCard(undefined, true, T0);

describe('loadReview', () => {
  it('round-trips saved cards', () => {
    const store = new MemoryStore();
    const review = emptyReview();
    review.cards['qubits/quiz-qubits/0a1b2c3d'] = good;
    expect(saveReview(store, review)).toBe(true);
    expect(loadReview(store)).toEqual({ review, recovered: false });
  });

  it('keeps the valid cards of a damaged blob and the whole blob under the backup key', () => {
    const store = new MemoryStore();
    const raw = JSON.stringify({ version: 1, cards: { ok: good, bad: { ...good, due: 'yesterday' } } });
    store.setItem(REVIEW_KEY, raw);
    const loaded = loadReview(store);
    expect(loaded.recovered).toBe(true);
    expect(Object.keys(loaded.review.cards)).toEqual(['ok']);
    expect(store.getItem(REVIEW_BACKUP_KEY)).toBe(raw);
    store.setItem(REVIEW_KEY, 'not json {');
    expect(loadReview(store)).toEqual({ review: emptyReview(), recovered: true });
    expect(store.getItem(REVIEW_BACKUP_KEY)).toBe('not json {');
  });

  it('leaves a damaged blob in place when storage refuses the backup', () => {
    const full = new MemoryStore(true);
    full.data.set(REVIEW_KEY, '{"version":2}');
    expect(loadReview(full).recovered).toBe(true);
    expect(full.data.get(REVIEW_KEY)).toBe('{"version":2}');
  });
});

describe('progress files', () => {
  const progress = { ...emptyProgress(), visitedLessons: ['energy'], passedExercises: { '01-sampler': { score: 8, max: 16, at: T0.toISOString() } } };
  const review = { version: 1 as const, cards: { a: good } };

  it('exports and reads back the same record', () => {
    const read = readProgressFile(exportProgress(progress, review, T0));
    expect(read).toMatchObject({ ok: true, file: { progress, review } });
  });

  it('refuses damaged, foreign and half-valid files, saying nothing was changed', () => {
    const text = exportProgress(progress, review, T0);
    for (const [bad, why] of [
      [text.slice(0, 40), /not readable JSON/],
      ['{"format":"qgen-exercise-work"}', /not a progress export/],
      [text.replace('"score": 8', '"score": -8'), /damaged or from a newer version/],
    ] as const) {
      const r = readProgressFile(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(why), expect(r.message).toMatch(/Nothing was changed\.$/);
    }
  });

  it('merges: lessons united, the better exercise result, the card reviewed last', () => {
    const later = answerCard(good, true, new Date(good.due));
    const mine = { progress, review: { version: 1 as const, cards: { a: later } } };
    const theirs = {
      progress: { ...emptyProgress(), visitedLessons: ['decoherence', 'energy'], passedExercises: { '01-sampler': { score: 16, max: 16, at: T0.toISOString() } } },
      review: { version: 1 as const, cards: { a: good, b: good } },
    };
    const merged = mergeProgress(mine, theirs);
    expect(merged.progress.visitedLessons).toEqual(['energy', 'decoherence']);
    expect(merged.progress.passedExercises['01-sampler']!.score).toBe(16);
    expect(merged.review.cards).toEqual({ a: later, b: good });
  });
});

describe('quizQuestions', () => {
  it('reads every lesson quiz: ids unique, answers inside their choices', () => {
    const all = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).flatMap((f) => {
      const source = readFileSync(`content/lessons/${f}`, 'utf8');
      const qs = quizQuestions(source, f.replace(/^\d+-|\.mdx$/g, ''), f);
      // As many questions as the source has prompt: keys inside its quiz (a count independent of the parser).
      const quiz = source.slice(source.indexOf('<Quiz'));
      expect(qs.length, f).toBe(quiz.includes('<Quiz') ? (quiz.match(/^\s*prompt:/gm) ?? []).length : 0);
      return qs;
    });
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    for (const q of all) expect(q.choices[q.answer]).toBeTypeOf('string');
  });

  it('ties a card to its lesson, quiz and prompt only, and runs nothing it reads', () => {
    const one = `<Quiz client:visible id="q" questions={[{ prompt: 'A?', choices: ['x', 'y'], answer: 1, explanation: '' }, { prompt: 'B?', choices: ['x', \`y\`], answer: 0, explanation: 'e' }]} />`;
    const [a, b] = quizQuestions(one, 'l');
    expect(a!.id).toBe(reviewCardId('l', 'q', 'A?'));
    expect(quizQuestions(one.replace("'A?'", "'C?'"), 'l')[1]!.id).toBe(b!.id);
    expect(() => quizQuestions(`<Quiz id="q" questions={[{ prompt: globalThis.x, choices: [], answer: 0 }]} />`, 'l', 'bad.mdx')).toThrow(/bad\.mdx: the questions of quiz "q" could not be read: not a plain literal \(MemberExpression\)/);
    expect(() => quizQuestions(`<Quiz id="q" questions={[{ prompt: 'A', choices: ['x'], answer: 3, explanation: '' }]} />`, 'l', 'bad.mdx')).toThrow(/question 1: a quiz question needs/);
  });
});
