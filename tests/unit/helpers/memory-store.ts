// An in-memory stand-in for localStorage, for tests of code that saves in the browser; it can refuse writes the way a
// full or disabled storage does.
import type { KeyValueStore } from '../../../src/lib/progress/store';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  constructor(private readonly refuseWrites = false) {}
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuseWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  }
}
