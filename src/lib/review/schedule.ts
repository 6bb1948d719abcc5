/**
 * The scheduling glue: one answer to a review question becomes the card's next state, by FSRS (ts-fsrs with its
 * default parameters: 90 % requested retention, short-term learning steps, no fuzz, so the same answers at the same
 * times always give the same schedule).
 *
 * A multiple-choice answer is right or wrong, so it is rated Good or Again; FSRS's Hard and Easy need the learner's
 * own judgement, which this deck does not ask for.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { CardState } from './cards';

const scheduler = fsrs();

const toCard = (s: CardState): Card => ({
  ...s,
  due: new Date(s.due),
  last_review: s.last_review ? new Date(s.last_review) : undefined,
});

const fromCard = (c: Card): CardState => {
  const out: CardState = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) out.last_review = c.last_review.toISOString();
  return out;
};

/** The card after one answer at `now`; `previous` is undefined for a question never reviewed. */
export function answerCard(previous: CardState | undefined, correct: boolean, now: Date): CardState {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card);
}
