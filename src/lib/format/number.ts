/**
 * The one number formatter of the course's islands: counts with thousands separators, powers of ten with superscript
 * exponents (10²¹⁹⁷, 2.3 × 10⁻¹⁰⁹⁹), durations scaled to µs, ms, s, min, h, days or years, bytes in binary or decimal
 * units, energies in J with SI prefixes, and plurals ("1 step", "2 steps"). None of them ever prints NaN, null,
 * undefined or Infinity: a value that is not a finite number shows as "—", an infinite one as "∞".
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MINUS = '−';
/** What a value that is not a number shows as. */
export const NOT_A_NUMBER = '—';

function nonFinite(v: number): string {
  if (v === Infinity) return '∞';
  if (v === -Infinity) return `${MINUS}∞`;
  return NOT_A_NUMBER;
}

/** An integer written in superscript digits: −1099 → "⁻¹⁰⁹⁹". */
export function superscript(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(Math.round(n))
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}

/** 10 to an integer power, written 10²¹⁹⁷. */
export function powerOfTen(exponent: number): string {
  return `10${superscript(exponent)}`;
}

/** v rounded to `significant` digits, trailing zeros dropped, with thousands separators: 38800 → "38,800", 0.5 → "0.5". */
export function formatSignificant(v: number, significant = 3): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  if (v === 0) return '0';
  const rounded = Number(v.toPrecision(significant));
  return rounded.toLocaleString('en', { maximumFractionDigits: 20, maximumSignificantDigits: significant }).replace('-', MINUS);
}

/** v with at most `decimals` decimals (trailing zeros dropped) and thousands separators. */
export function formatDecimal(v: number, decimals = 3): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  const text = v.toLocaleString('en', { maximumFractionDigits: decimals });
  return text === '-0' ? '0' : text.replace('-', MINUS);
}

/** v with exactly `decimals` decimals (for columns of probabilities and the like); "−0.000" shows as "0.000". */
export function formatFixed(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  const text = v.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', MINUS);
}

/** A whole number with thousands separators: 1234567 → "1,234,567". */
export function formatInteger(v: number): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  return Math.round(v).toLocaleString('en').replace('-', MINUS);
}

/** v as "a.bc × 10ⁿ" (3 significant digits unless told, trailing zeros dropped); a mantissa of 1 prints as just 10ⁿ only if `bare`. */
export function scientific(v: number, significant = 3): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  if (v === 0) return '0';
  let e = Math.floor(Math.log10(Math.abs(v)));
  let m = Number((v / 10 ** e).toPrecision(significant));
  if (Math.abs(m) >= 10) {
    m /= 10;
    e += 1;
  }
  return `${formatSignificant(m, significant)} × ${powerOfTen(e)}`;
}

/**
 * A number given by its base-10 logarithm, for values too small or large for a double (a fidelity of 10⁻¹⁰⁹⁹):
 * "2.3 × 10⁻¹⁰⁹⁹", or a plain number when the exponent is between −3 and 5.
 */
export function fromLog10(l10: number, significant = 2): string {
  if (Number.isNaN(l10)) return NOT_A_NUMBER;
  if (l10 === -Infinity) return '0';
  if (l10 === Infinity) return '∞';
  if (l10 > -3 && l10 < 6) return formatSignificant(10 ** l10, significant);
  let e = Math.floor(l10);
  let m = Number((10 ** (l10 - e)).toPrecision(significant));
  if (m >= 10) {
    m /= 10;
    e += 1;
  }
  return `${formatSignificant(m, significant)} × ${powerOfTen(e)}`;
}

/** A count with thousands separators, or in scientific notation from a billion up. */
export function formatCount(v: number): string {
  if (!Number.isFinite(v)) return nonFinite(v);
  return Math.abs(v) < 1e9 ? formatInteger(v) : scientific(v);
}

/** "1 step", "2 steps", "1,000 shots": the count formatted, the noun singular only for exactly 1. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  if (!Number.isFinite(n)) return `${nonFinite(n)} ${pluralForm}`;
  return `${Number.isInteger(n) ? formatInteger(n) : formatSignificant(n)} ${n === 1 ? singular : pluralForm}`;
}

const YEAR_S = 31_557_600;

/** A duration in seconds, scaled: µs, ms, s (below 2 min), min (below 2 h), h (below 2 days), days, years. */
export function formatSeconds(s: number): string {
  if (Number.isNaN(s) || s < 0) return NOT_A_NUMBER;
  if (s === Infinity) return '∞';
  const f = (v: number) => formatSignificant(v, 3);
  if (s === 0) return '0 s';
  if (s < 1e-6) return `${f(s * 1e9)} ns`;
  if (s < 1e-3) return `${f(s * 1e6)} µs`;
  if (s < 1) return `${f(s * 1e3)} ms`;
  if (s < 120) return `${f(s)} s`;
  if (s < 7200) return `${f(s / 60)} min`;
  if (s < 172_800) return `${f(s / 3600)} h`;
  if (s < 2 * YEAR_S) return `${f(s / 86_400)} days`;
  const years = s / YEAR_S;
  return years < 1e6 ? `${f(years)} years` : `${scientific(years)} years`;
}

/** A duration in milliseconds, scaled as formatSeconds does. */
export function formatMilliseconds(ms: number): string {
  return formatSeconds(ms / 1000);
}

/** A duration in microseconds, scaled as formatSeconds does: 38800 µs → "38.8 ms". */
export function formatMicroseconds(us: number): string {
  return formatSeconds(us / 1e6);
}

function scaled(v: number, step: number, units: readonly string[]): string {
  if (Number.isNaN(v) || v < 0) return NOT_A_NUMBER;
  if (v === Infinity) return `∞ ${units[0]}`;
  let x = v;
  let u = 0;
  while (x >= step && u < units.length - 1) {
    x /= step;
    u++;
  }
  if (u === units.length - 1 && x >= 1000) return `${scientific(x)} ${units[u]}`;
  return `${u === 0 ? formatInteger(x) : formatSignificant(x, 3)} ${units[u]}`;
}

/** Binary units (KiB = 1024 B), as memory sizes are usually quoted: 30 qubits = 16 GiB. */
export function formatBinaryBytes(bytes: number): string {
  return scaled(bytes, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']);
}

/** Decimal units (kB = 1000 B), as disk and data-centre sizes are quoted: 40 qubits = 17.6 TB, 53 = 144 PB. */
export function formatDecimalBytes(bytes: number): string {
  return scaled(bytes, 1000, ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB']);
}

/** Energy in words, from nanojoules to terajoules (and powers of ten beyond). */
export function formatJoules(j: number): string {
  if (Number.isNaN(j)) return NOT_A_NUMBER;
  if (!Number.isFinite(j)) return '∞';
  if (j === 0) return '0 J';
  const units: [number, string][] = [[1e12, 'TJ'], [1e9, 'GJ'], [1e6, 'MJ'], [1e3, 'kJ'], [1, 'J'], [1e-3, 'mJ'], [1e-6, 'µJ'], [1e-9, 'nJ']];
  if (Math.abs(j) >= 1e15) return `${scientific(j / 1e12)} TJ`;
  for (const [f, u] of units) if (Math.abs(j) >= f) return `${formatSignificant(j / f, 3)} ${u}`;
  return `${scientific(j)} J`;
}

/** A ratio such as "2.5×", "1,300×" or "10²¹⁹⁷×" when only its log10 is known. */
export function formatTimes(v: number): string {
  if (!Number.isFinite(v)) return `${nonFinite(v)}×`;
  return `${Math.abs(v) >= 1e9 ? scientific(v) : Math.abs(v) >= 100 ? formatInteger(v) : formatSignificant(v, 2)}×`;
}

/** A fraction as a percentage: 0.1234 → "12.3 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return nonFinite(fraction);
  return `${formatFixed(100 * fraction, decimals)} %`;
}
