/**
 * Loading a validated blob from localStorage without ever trusting or throwing on what is there.
 *
 * localStorage is shared with anything else that ever ran on the same origin, so a stored blob may be corrupted or
 * foreign. Saved progress (../progress/store.ts) and review cards (../review/cards.ts) both handle that the same way,
 * here: a blob that fails validation is salvaged (what is valid of it is kept), the raw text is copied to a backup key
 * so nothing is silently lost, and only then is the salvaged copy written over it.
 */

/** The part of the Web Storage API we use; tests pass a small in-memory object instead of localStorage. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The one method of a zod schema this needs (kept structural so any schema flavour, zod or zod/mini, fits). */
export interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface SalvagingLoad<T> {
  value: T;
  /** A stored blob failed validation: it was copied to the backup key and what was valid of it kept. */
  recovered: boolean;
}

export interface SalvagingKeys<T> {
  /** Where the blob lives. */
  key: string;
  /** Where the most recent blob that failed validation is kept. */
  backupKey: string;
  schema: SafeParser<T>;
  /** The value when nothing is stored or storage cannot be read. */
  empty: () => T;
  /** What can be kept of parsed data (undefined when the text was not JSON) that failed validation. */
  salvage: (data: unknown) => T;
}

export function loadSalvaging<T>(store: KeyValueStore | undefined, k: SalvagingKeys<T>): SalvagingLoad<T> {
  let raw: string | null;
  try {
    raw = store?.getItem(k.key) ?? null;
  } catch {
    return { value: k.empty(), recovered: false };
  }
  if (raw === null) return { value: k.empty(), recovered: false };

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = k.schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, recovered: false };
  const value = k.salvage(data);
  try {
    // The backup is written first: if storage refuses it, the bad blob stays where it is, untouched, and this visit
    // runs on the salvaged copy.
    store?.setItem(k.backupKey, raw);
    store?.setItem(k.key, JSON.stringify(value));
  } catch {
    // storage full or blocked
  }
  return { value, recovered: true };
}
