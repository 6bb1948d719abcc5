import { assertQubitBudget } from './budget';
import type { StateVector } from './types';

/** |0...0> on n qubits. Refuses sizes over the memory budget instead of letting the tab run out of memory. */
export function createZeroState(numQubits: number): StateVector {
  assertQubitBudget(numQubits);
  const dim = 2 ** numQubits;
  const re = new Float64Array(dim);
  re[0] = 1;
  return { numQubits, re, im: new Float64Array(dim) };
}

/**
 * Throws unless `s` is shaped like a StateVector (two Float64Arrays of length 2^numQubits). Kernels index the
 * arrays without bounds checks, so a mismatched state would corrupt silently rather than fail.
 */
export function checkState(s: StateVector, caller: string): void {
  const ok =
    typeof s === 'object' && s !== null && Number.isInteger(s.numQubits) && s.numQubits >= 1 &&
    s.re instanceof Float64Array && s.im instanceof Float64Array &&
    s.re.length === 2 ** s.numQubits && s.im.length === s.re.length;
  if (!ok) {
    const got = typeof s === 'object' && s !== null
      ? `numQubits ${String(s.numQubits)}, re length ${String(s.re?.length)}, im length ${String(s.im?.length)}`
      : String(s);
    throw new Error(`${caller}: expected a state {numQubits: n, re, im} with two Float64Arrays of length 2^n, got ${got}`);
  }
}

export function cloneState(s: StateVector): StateVector {
  return { numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() };
}

/** sqrt(sum |a_k|^2); 1 for every physical state, so a drift from 1 reveals a bug or a hand-built state. */
export function norm(s: StateVector): number {
  let sum = 0;
  for (let i = 0; i < s.re.length; i++) sum += s.re[i]! * s.re[i]! + s.im[i]! * s.im[i]!;
  return Math.sqrt(sum);
}

/** How far from 1 a hand-built state's norm may be: loose enough for amplitudes typed to ~7 digits. */
export const NORM_TOLERANCE = 1e-6;

/**
 * Builds a state from amplitude lists (index convention: qubit 0 = least significant bit). It does not normalise:
 * an unnormalised list is almost always a typo in a lesson, so it is reported instead of silently fixed.
 */
export function stateFromAmplitudes(re: ArrayLike<number>, im?: ArrayLike<number>): StateVector {
  const dim = re.length;
  const n = Math.log2(dim);
  if (!Number.isInteger(n) || n < 1) throw new Error(`stateFromAmplitudes: expected 2^n amplitudes (2, 4, 8, ...), got ${dim}`);
  if (im && im.length !== dim) throw new Error(`stateFromAmplitudes: re has ${dim} entries but im has ${im.length}`);
  assertQubitBudget(n);
  const state = { numQubits: n, re: Float64Array.from(re), im: im ? Float64Array.from(im) : new Float64Array(dim) };
  for (let k = 0; k < dim; k++) {
    if (!Number.isFinite(state.re[k]!) || !Number.isFinite(state.im[k]!)) {
      throw new Error(`stateFromAmplitudes: amplitude ${k} must be finite, got ${state.re[k]} + ${state.im[k]}i`);
    }
  }
  const nrm = norm(state);
  if (Math.abs(nrm - 1) > NORM_TOLERANCE) {
    throw new Error(`stateFromAmplitudes: expected amplitudes with sum |a_k|^2 = 1, got ${(nrm * nrm).toPrecision(8)}`);
  }
  return state;
}
