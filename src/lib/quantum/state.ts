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

export function cloneState(s: StateVector): StateVector {
  return { numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() };
}

export function norm(s: StateVector): number {
  let sum = 0;
  for (let i = 0; i < s.re.length; i++) sum += s.re[i]! * s.re[i]! + s.im[i]! * s.im[i]!;
  return Math.sqrt(sum);
}

/** Builds a state from amplitude lists (length a power of two). Does not normalise: callers pass a valid state. */
export function stateFromAmplitudes(re: ArrayLike<number>, im?: ArrayLike<number>): StateVector {
  const dim = re.length;
  const n = Math.log2(dim);
  if (!Number.isInteger(n) || n < 1) throw new Error(`stateFromAmplitudes: length must be a power of two >= 2, got ${dim}`);
  if (im && im.length !== dim) throw new Error(`stateFromAmplitudes: re has ${dim} entries but im has ${im.length}`);
  return { numQubits: n, re: Float64Array.from(re), im: im ? Float64Array.from(im) : new Float64Array(dim) };
}
