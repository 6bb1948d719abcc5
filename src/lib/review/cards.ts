/**
 * Spaced-review cards as the browser keeps them: one entry per quiz question the learner has reviewed, holding the
 * scheduler's state (ts-fsrs's Card, dates as ISO strings), in localStorage beside saved progress.
 *
 * This module has no scheduler in it, so the home page can count what is due without loading ts-fsrs; the scheduling
 * glue is ./schedule.ts. Like ../progress/store.ts, a stored blob is validated on every load, and one that fails is
 * copied to a backup key and salvaged card by card, never thrown on and never silently dropped.
 */
import * as z from 'zod/mini';
import type { KeyValueStore } from '../progress/store';
import { loadSalvaging } from '../storage/load-salvaging';

export const REVIEW_KEY = 'qgen-review';
export const REVIEW_BACKUP_KEY = 'qgen-review-backup';

const count = z.number().check(z.gte(0));
export const cardStateSchema = z.object({
  /** When the card is next due, ISO 8601. */
  due: z.iso.datetime(),
  stability: count,
  difficulty: count,
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().check(z.int(), z.gte(0), z.lte(3)),
  last_review: z.optional(z.iso.datetime()),
});
export type CardState = z.infer<typeof cardStateSchema>;

const cardIdSchema = z.string().check(z.minLength(1), z.maxLength(300));
export const reviewSchema = z.object({
  /** Format version; any other is foreign. */
  version: z.literal(1),
  /** Card id (reviewCardId) → scheduler state. A question never reviewed has no entry: it is new, and due now. */
  cards: z.record(cardIdSchema, cardStateSchema),
});
export type Review = z.infer<typeof reviewSchema>;

export const emptyReview = (): Review => ({ version: 1, cards: {} });

/** FNV-1a, 32 bits: a short stable tag for a prompt, not a security measure. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A question's card id: lesson slug, quiz id and a hash of the prompt. Reordering a quiz keeps every card's history;
 * rewording a prompt makes it a new card (the old answer history was about another question).
 */
export const reviewCardId = (lesson: string, quizId: string, prompt: string) => `${lesson}/${quizId}/${fnv1a(prompt.trim())}`;

export interface ReviewLoad {
  review: Review;
  /** A stored blob failed validation: it was copied to REVIEW_BACKUP_KEY and what was valid of it kept. */
  recovered: boolean;
}

/** Every card that is valid on its own, from a blob that as a whole was not. */
export function salvageReview(data: unknown): Review {
  const out = emptyReview();
  const cards = (data as { version?: unknown; cards?: unknown } | null)?.cards;
  if ((data as { version?: unknown } | null)?.version !== 1 || typeof cards !== 'object' || cards === null || Array.isArray(cards)) return out;
  for (const [id, c] of Object.entries(cards)) {
    const ok = cardIdSchema.safeParse(id).success && cardStateSchema.safeParse(c);
    if (ok && ok.success) out.cards[id] = ok.data;
  }
  return out;
}

export function loadReview(store: KeyValueStore | undefined): ReviewLoad {
  const { value, recovered } = loadSalvaging(store, {
    key: REVIEW_KEY,
    backupKey: REVIEW_BACKUP_KEY,
    schema: reviewSchema,
    empty: emptyReview,
    salvage: salvageReview,
  });
  return { review: value, recovered };
}

export function saveReview(store: KeyValueStore | undefined, review: Review): boolean {
  const parsed = reviewSchema.safeParse(review);
  if (!store || !parsed.success) return false;
  try {
    store.setItem(REVIEW_KEY, JSON.stringify(parsed.data));
    return true;
  } catch {
    return false;
  }
}

/**
 * The cards due at `now`, in the order given: a question with no card yet (never reviewed) is due at once, one with
 * a card when its due time has come. `ids` are the questions of the lessons the learner has opened.
 */
export function dueCards(ids: readonly string[], review: Review, now: Date): string[] {
  const t = now.getTime();
  return ids.filter((id) => {
    const c = review.cards[id];
    return !c || Date.parse(c.due) <= t;
  });
}
