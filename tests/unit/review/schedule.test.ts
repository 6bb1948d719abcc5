// The scheduling glue on a fixed clock. The expected times come from FSRS's documented short-term steps (ts-fsrs
// defaults: learning steps 1 min and 10 min, relearning 10 min), not from running the scheduler: a right answer is
// Good, a wrong one Again, and the stored card round-trips through ISO strings without drifting.
import { describe, expect, it } from 'vitest';
import { answerCard } from '../../../src/lib/review/schedule';
import { cardStateSchema, dueCards, emptyReview } from '../../../src/lib/review/cards';

const T0 = new Date('2027-03-01T09:00:00.000Z');
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

describe('answerCard', () => {
  it('a wrong first answer comes back in 1 minute, a right one in 10 (the learning steps)', () => {
    const wrong = answerCard(undefined, false, T0);
    const right = answerCard(undefined, true, T0);
    expect(wrong.due).toBe(plus(T0, 1).toISOString());
    expect(right.due).toBe(plus(T0, 10).toISOString());
    expect([wrong.state, right.state]).toEqual([1, 1]); // both learning
    expect(right.last_review).toBe(T0.toISOString());
    expect(cardStateSchema.safeParse(right).success).toBe(true);
  });

  it('right answers at each due time graduate the card and then space it out further each time', () => {
    let card = answerCard(undefined, true, T0);
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = new Date(card.due);
      card = answerCard(card, true, at);
      gaps.push((Date.parse(card.due) - at.getTime()) / 86_400_000);
    }
    expect(card.state).toBe(2); // review
    expect(gaps[0]).toBeGreaterThanOrEqual(1); // graduated: at least a day
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(card.reps).toBe(6);
    expect(card.lapses).toBe(0);
  });

  it('a wrong answer on a graduated card is a lapse and relearns in 10 minutes', () => {
    let card = answerCard(undefined, true, T0);
    card = answerCard(card, true, new Date(card.due));
    const at = new Date(card.due);
    const lapsed = answerCard(card, false, at);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3); // relearning
    expect(lapsed.due).toBe(plus(at, 10).toISOString());
  });
});

describe('dueCards', () => {
  it('counts never-reviewed questions and cards whose time has come, not cards due later', () => {
    const review = emptyReview();
    review.cards.a = answerCard(undefined, true, T0); // due T0 + 10 min
    review.cards.b = answerCard(undefined, false, T0); // due T0 + 1 min
    expect(dueCards(['a', 'b', 'new'], review, plus(T0, 5))).toEqual(['b', 'new']);
    expect(dueCards(['a', 'b', 'new'], review, plus(T0, 10))).toEqual(['a', 'b', 'new']);
    expect(dueCards(['a'], review, T0)).toEqual([]);
  });
});
