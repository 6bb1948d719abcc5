/**
 * Reading a number field. Every `<input type="number">` of the islands goes through checkNumberField: what the field
 * holds (Svelte's bind:value gives a number, or null when the field is empty or holds something the browser cannot
 * read as a number; a string is accepted too) becomes either a finite value inside the field's range or a message in
 * words for the learner. The message names the field and what it accepts; it never contains NaN, null, undefined or
 * Infinity, whatever was typed.
 */
import { formatDecimal, scientific } from './number';

export interface NumberFieldSpec {
  /** The field's name as the learner sees it, e.g. "Seed" or "Mirror pairs". */
  label: string;
  /** Smallest value accepted (inclusive). */
  min?: number;
  /** Largest value accepted (inclusive). */
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
  /** Unit shown after numbers in the message, e.g. "µs" or "W". */
  unit?: string;
}

export type NumberFieldCheck = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function show(v: number, unit?: string): string {
  const a = Math.abs(v);
  const text = a !== 0 && (a < 1e-6 || a >= 1e15) ? scientific(v) : formatDecimal(v, 6);
  return unit ? `${text} ${unit}` : text;
}

/** What the field accepts, in words: "a whole number from 0 to 20", "a number of at least 0.1 µs". */
export function describeRange(spec: NumberFieldSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  const { min, max, unit } = spec;
  const hasMin = min !== undefined && Number.isFinite(min);
  const hasMax = max !== undefined && Number.isFinite(max);
  if (hasMin && hasMax) return `${kind} from ${show(min, unit)} to ${show(max, unit)}`;
  if (hasMin) return `${kind} of at least ${show(min, unit)}`;
  if (hasMax) return `${kind} of at most ${show(max, unit)}`;
  return unit ? `${kind} (${unit})` : kind;
}

function toNumber(raw: unknown): number | 'empty' | 'not-a-number' {
  if (raw === null || raw === undefined) return 'empty';
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : 'not-a-number';
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === '') return 'empty';
    if (!DECIMAL.test(t)) return 'not-a-number';
    const v = Number(t);
    return Number.isFinite(v) ? v : 'not-a-number';
  }
  return 'not-a-number';
}

export function checkNumberField(raw: unknown, spec: NumberFieldSpec): NumberFieldCheck {
  const label = spec.label.trim() || 'This field';
  const wanted = describeRange(spec);
  const v = toNumber(raw);
  if (v === 'empty') return { ok: false, message: `${label} is empty: enter ${wanted}.` };
  if (v === 'not-a-number') return { ok: false, message: `${label} needs ${wanted}.` };
  if (spec.integer && !Number.isInteger(v)) return { ok: false, message: `${label} must be ${wanted}; ${show(v)} is not whole.` };
  if (spec.min !== undefined && v < spec.min) return { ok: false, message: `${label} must be ${wanted}; ${show(v, spec.unit)} is too small.` };
  if (spec.max !== undefined && v > spec.max) return { ok: false, message: `${label} must be ${wanted}; ${show(v, spec.unit)} is too large.` };
  // −0 reads as 0.
  return { ok: true, value: v === 0 ? 0 : v };
}
