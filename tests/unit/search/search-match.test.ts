// Pagefind backs off to prefixes of a word no page holds; those results must not be shown as matches.
import { describe, expect, it } from 'vitest';
import { isGenuineMatch } from '../../../src/lib/site/search-match';

describe('isGenuineMatch', () => {
  it('drops back-off matches: a highlight much shorter than the word asked for', () => {
    expect(isGenuineMatch('xyzzy', 'measured in the <mark>X</mark> basis')).toBe(false);
    expect(isGenuineMatch('xyzzy', 'the Bloch vector becomes <mark>(x,</mark> (1−2p')).toBe(false);
    expect(isGenuineMatch('quantumness', 'a <mark>quan</mark> thing')).toBe(false);
    expect(isGenuineMatch('anything', 'no highlight at all')).toBe(false);
  });
  it('keeps real matches: the word, a longer word it starts, or another form of it', () => {
    expect(isGenuineMatch('superposition', 'in <mark>superposition</mark> of')).toBe(true);
    expect(isGenuineMatch('superpos', 'in <mark>superposition</mark> of')).toBe(true);
    expect(isGenuineMatch('entangled', 'with <mark>entanglement</mark> the')).toBe(true);
    expect(isGenuineMatch('Qubits', 'two <mark>qubit</mark> gates')).toBe(true);
    expect(isGenuineMatch('x', 'an <mark>X</mark> gate')).toBe(true);
    expect(isGenuineMatch('born machine', 'a <mark>machine</mark> that')).toBe(true);
  });
});
