// "Below threshold" means errors fall as the code grows: Λ > 1 (Google Quantum AI, Nature 2024, as lessons 8 and 9
// use it). The planner's message and lesson 11's quiz once said the opposite; every sentence that names the threshold
// and Λ together must pair "below" with Λ > 1 and "above" with Λ ≤ 1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILES = ['src/components/islands/FaultTolerancePlanner.svelte', 'content/lessons/11-the-future.mdx', 'content/lessons/08-decoherence.mdx', 'content/lessons/09-hardware-limits.mdx'];

function sentences(text: string): string[] {
  return text.replace(/&gt;/g, '>').replace(/&lt;/g, '<').split(/(?<=[.!?])\s+/).filter((s) => /threshold/i.test(s) && /Λ\s*(>|≤|<=|<)\s*1/.test(s));
}

describe('threshold wording', () => {
  it('pairs "below threshold" with Λ > 1 and "above threshold" with Λ ≤ 1, everywhere both appear', () => {
    const found = FILES.flatMap((f) => { try { return sentences(readFileSync(f, 'utf8')).map((s) => ({ f, s })); } catch { return []; } });
    expect(found.length).toBeGreaterThan(1);
    for (const { f, s } of found) {
      for (const m of s.matchAll(/(below|above) threshold[^Λ]{0,40}Λ\s*(>|≤|<=)\s*1/gi)) {
        expect(m[1]!.toLowerCase() === 'below' ? m[2] === '>' : m[2] !== '>', `${f}: ${s}`).toBe(true);
      }
      for (const m of s.matchAll(/Λ\s*(>|≤|<=)\s*1\)?[^.]{0,80}?(below|above) threshold/gi)) {
        expect(m[2]!.toLowerCase() === 'below' ? m[1] === '>' : m[1] !== '>', `${f}: ${s}`).toBe(true);
      }
    }
  });
});
