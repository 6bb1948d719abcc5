import { describe, expect, it } from 'vitest';
import {
  formatBinaryBytes, formatCount, formatDecimalBytes, formatFixed, formatInteger, formatJoules, formatMicroseconds,
  formatMilliseconds, formatSeconds, formatSignificant, formatTimes, fromLog10, plural, powerOfTen, scientific, superscript,
} from '../../../src/lib/format/number';

const LEAKS = /NaN|null|undefined|Infinity/;

describe('the one number formatter', () => {
  it('exponents as superscripts', () => {
    expect(superscript(-1099)).toBe('⁻¹⁰⁹⁹');
    expect(powerOfTen(2197)).toBe('10²¹⁹⁷');
    expect(scientific(1.14e-15)).toBe('1.14 × 10⁻¹⁵');
    expect(scientific(2_236_000_000)).toBe('2.24 × 10⁹');
    expect(scientific(9.996e4)).toBe('1 × 10⁵');
    expect(fromLog10(Math.log10(2.3) - 1099)).toBe('2.3 × 10⁻¹⁰⁹⁹');
    expect(fromLog10(-0.5)).toBe('0.32');
    expect(formatTimes(3e12)).toBe('3 × 10¹²×');
  });

  it('counts and plurals', () => {
    expect(formatCount(1_118_000)).toBe('1,118,000');
    expect(formatInteger(-1234.4)).toBe('−1,234');
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(2, 'step')).toBe('2 steps');
    expect(plural(0, 'layer')).toBe('0 layers');
    expect(plural(1000, 'copy', 'copies')).toBe('1,000 copies');
  });

  it('durations scaled to µs, ms, s, min, h, days, years', () => {
    expect(formatMicroseconds(38_800)).toBe('38.8 ms');
    expect(formatMicroseconds(0.42)).toBe('420 ns');
    expect(formatSeconds(0.0005)).toBe('500 µs');
    expect(formatMilliseconds(1500)).toBe('1.5 s');
    expect(formatSeconds(139.5)).toBe('2.33 min');
    expect(formatSeconds(3 * 3600)).toBe('3 h');
    expect(formatSeconds(86_400 * 3)).toBe('3 days');
    expect(formatSeconds(3.04e3 * 31_557_600)).toBe('3,040 years');
    expect(formatSeconds(2e7 * 31_557_600)).toBe('2 × 10⁷ years');
  });

  it('bytes, energies, fixed decimals', () => {
    expect(formatBinaryBytes(16 * 2 ** 30)).toBe('16 GiB');
    expect(formatDecimalBytes(16 * 2 ** 53)).toBe('144 PB');
    expect(formatBinaryBytes(16 * 2 ** 200)).toMatch(/^\d\.?\d* × 10\S+ YiB$/);
    expect(formatJoules(4.5e-3)).toBe('4.5 mJ');
    expect(formatJoules(514_000)).toBe('514 kJ');
    expect(formatFixed(-0.0001, 3)).toBe('0.000');
    expect(formatSignificant(38_800)).toBe('38,800');
  });

  it('never prints NaN, null, undefined or Infinity', () => {
    const fns = [formatBinaryBytes, formatCount, formatDecimalBytes, formatInteger, formatJoules, formatMicroseconds, formatMilliseconds,
      formatSeconds, formatSignificant, formatTimes, fromLog10, scientific, (v: number) => plural(v, 'step'), (v: number) => formatFixed(v, 2)];
    const values = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 1e-320, 1e308, -1e308, 5e-324, 123.456, 2 ** 1023 * 1.9];
    for (const f of fns) for (const v of values) expect(f(v)).not.toMatch(LEAKS);
    expect(formatBinaryBytes(16 * 2 ** 1100)).toBe('∞ B');
  });
});
