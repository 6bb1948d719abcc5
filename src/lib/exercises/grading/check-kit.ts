/**
 * Small pieces every grader uses: results that show expected against actual, reading what learner code returned
 * without trusting its shape, comparing numbers with a stated tolerance, and the remote-call options for side-effect
 * checks. Learner values arrive through the sandbox's wire, so anything (a string, NaN, a missing field) may come back.
 */
import type { CheckResult } from '../types';
import type { RemoteFunction } from '../sandbox/remote-learner';
import { fmt, fmtList } from './prng';

export const pass = (message: string): CheckResult => ({ pass: true, message });
export const fail = (message: string, expected?: string, actual?: string): CheckResult => ({ pass: false, message, expected, actual });

/** A learner function as the checks call it, with the extra call options (withArgs, twice, times). */
export const remote = (f: unknown) => f as RemoteFunction;

/**
 * A short, readable rendering of whatever learner code returned: never "[object Object]", and words rather than
 * NaN, Infinity or null, which read like a fault of the page.
 */
export function show(v: unknown, digits = 6): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'not a number' : Number.isFinite(v) ? fmt(v, digits) : v > 0 ? 'infinity' : 'minus infinity';
  if (v === undefined || v === null) return 'no value';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  if (typeof v === 'function') return 'a function';
  if (ArrayBuffer.isView(v) || Array.isArray(v)) {
    const a = v as ArrayLike<unknown>;
    if (Array.from(a).every((x) => typeof x === 'number')) return fmtList(a as ArrayLike<number>, 4);
    return `[${Array.from(a).slice(0, 6).map((x) => show(x, 4)).join(', ')}${a.length > 6 ? ', …' : ''}]`;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as object).slice(0, 6).map(([k, x]) => `${k}: ${show(x, 4)}`);
    return `{ ${entries.join(', ')}${Object.keys(v as object).length > 6 ? ', …' : ''} }`;
  }
  return String(v);
}

/** The value as an array of finite numbers of the given length, or a failure saying what is wrong with it. */
export function numberArray(v: unknown, length: number, what: string): number[] | CheckResult {
  if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) {
    return fail(`${what} should be an array of ${length} numbers.`, `${length} numbers`, show(v));
  }
  const a = Array.from(v as ArrayLike<unknown>);
  if (a.length !== length) return fail(`${what} should have ${length} entries.`, `${length} entries`, `${a.length} entries`);
  const bad = a.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (bad >= 0) return fail(`Entry ${bad} of ${what} is not a finite number.`, 'a finite number', show(a[bad]));
  return a as number[];
}

/** The value as one finite number, or a failure. */
export function finiteNumber(v: unknown, what: string): number | CheckResult {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${what} should be a finite number.`, 'a finite number', show(v));
  return v;
}

export const isResult = (v: unknown): v is CheckResult => typeof v === 'object' && v !== null && 'pass' in v && 'message' in v;

/** Whether |got − want| ≤ tol·max(1, |want|) when relative, else ≤ tol. */
export const close = (got: number, want: number, tol: number, relative = false) =>
  Math.abs(got - want) <= tol * (relative ? Math.max(1, Math.abs(want)) : 1);

/** The first index where two arrays differ by more than tol, or -1. */
export function firstDifference(got: ArrayLike<number>, want: ArrayLike<number>, tol: number): number {
  for (let k = 0; k < want.length; k++) if (!(Math.abs(got[k]! - want[k]!) <= tol)) return k;
  return -1;
}

/** Whether two numeric arrays hold the same values (for "the input was left unchanged"). */
export function sameNumbers(a: unknown, b: ArrayLike<number>): boolean {
  if (!(Array.isArray(a) || ArrayBuffer.isView(a))) return false;
  const x = a as ArrayLike<number>;
  if (x.length !== b.length) return false;
  for (let k = 0; k < b.length; k++) if (!Object.is(x[k], b[k])) return false;
  return true;
}

/** A basis index written as an n-character bitstring, qubit 0 rightmost. */
export const bits = (k: number, n: number) => k.toString(2).padStart(n, '0');
