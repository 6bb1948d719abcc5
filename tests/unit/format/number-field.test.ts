import { describe, expect, it } from 'vitest';
import { checkNumberField, describeRange, type NumberFieldSpec } from '../../../src/lib/format/number-field';

const LEAKS = /NaN|null|undefined|Infinity/;

describe('checkNumberField', () => {
  const seed: NumberFieldSpec = { label: 'Seed', min: 0, max: 999_999, integer: true };
  const pairs: NumberFieldSpec = { label: 'Mirror pairs', min: 0, max: 20, integer: true };

  it('accepts a value in range, from a number or a string', () => {
    expect(checkNumberField(42, seed)).toEqual({ ok: true, value: 42 });
    expect(checkNumberField(' 17 ', seed)).toEqual({ ok: true, value: 17 });
    expect(checkNumberField('1e3', seed)).toEqual({ ok: true, value: 1000 });
    expect(checkNumberField(-0, pairs)).toEqual({ ok: true, value: 0 });
  });

  it('an empty field (Svelte gives null) is a message naming the field, not an exception', () => {
    const r = checkNumberField(null, seed);
    expect(r).toEqual({ ok: false, message: 'Seed is empty: enter a whole number from 0 to 999,999.' });
    expect(checkNumberField(undefined, seed).ok).toBe(false);
    expect(checkNumberField('', seed).ok).toBe(false);
  });

  it('out of range says the range and which way', () => {
    expect(checkNumberField(50, pairs)).toEqual({ ok: false, message: 'Mirror pairs must be a whole number from 0 to 20; 50 is too large.' });
    expect(checkNumberField(-3, { label: 'Laptop power', min: 1, max: 500, integer: true, unit: 'W' })).toEqual({
      ok: false,
      message: 'Laptop power must be a whole number from 1 W to 500 W; −3 W is too small.',
    });
  });

  it('a fraction where a whole number is needed', () => {
    expect(checkNumberField(2.5, pairs)).toEqual({ ok: false, message: 'Mirror pairs must be a whole number from 0 to 20; 2.5 is not whole.' });
  });

  it('NaN, ±Infinity and words are refused without echoing them', () => {
    for (const raw of [NaN, Infinity, -Infinity, 'NaN', 'Infinity', '-Infinity', 'abc', '0x10', '1e999', {}, [], true]) {
      const r = checkNumberField(raw, seed);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(LEAKS);
    }
  });

  it('describes open ranges', () => {
    expect(describeRange({ label: 'T₁', min: 0.1, unit: 'µs' })).toBe('a number of at least 0.1 µs');
    expect(describeRange({ label: 'Seed', integer: true })).toBe('a whole number');
    expect(describeRange({ label: 'x', max: 0.49 })).toBe('a number of at most 0.49');
  });

  // Property-style sweep: any string, and any double, gives either a finite in-range value or a clean message.
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
  }
  const specs: NumberFieldSpec[] = [
    seed,
    pairs,
    { label: 'T₂', min: 0.1, unit: 'µs' },
    { label: 'readout p(0→1)', min: 0, max: 0.49 },
    { label: 'Seed', integer: true },
    { label: 'Λ', min: 0.1, max: 100 },
    { label: 'Allowed failure probability', min: 0.0001, max: 0.9 },
  ];
  const pieces = ['0', '1', '9', '5', '.', 'e', 'E', '-', '+', ' ', 'NaN', 'Infinity', 'null', 'undefined', '1e308', '9', 'x', ',', '٣', '\u00a0', '07'];

  it('sweep over random strings', () => {
    const r = rng(7);
    for (let i = 0; i < 5_000; i++) {
      let s = '';
      const len = Math.floor(r() * 8);
      for (let k = 0; k < len; k++) s += pieces[Math.floor(r() * pieces.length)];
      const spec = specs[i % specs.length]!;
      const out = checkNumberField(s, spec);
      if (out.ok) {
        expect(Number.isFinite(out.value)).toBe(true);
        if (spec.min !== undefined) expect(out.value).toBeGreaterThanOrEqual(spec.min);
        if (spec.max !== undefined) expect(out.value).toBeLessThanOrEqual(spec.max);
        if (spec.integer) expect(Number.isInteger(out.value)).toBe(true);
      } else {
        expect(out.message).not.toMatch(LEAKS);
        expect(out.message.startsWith(spec.label)).toBe(true);
      }
    }
  });

  it('sweep over doubles of every size', () => {
    const r = rng(11);
    for (let i = 0; i < 5_000; i++) {
      const v = (r() < 0.5 ? -1 : 1) * 10 ** (r() * 700 - 350) * (r() < 0.3 ? Math.round(r() * 50) : 1);
      const spec = specs[i % specs.length]!;
      const out = checkNumberField(v, spec);
      if (out.ok) expect(out.value).toBe(v === 0 ? 0 : v);
      else expect(out.message).not.toMatch(LEAKS);
    }
  });
});
