/**
 * The memory wall: bytes for a full n-qubit state vector, and the most qubits a memory budget holds.
 * Grade it with:  npm run grade -- 10
 */
export type Precision = 'complex128' | 'complex64';

/** 2^n amplitudes × 16 bytes (complex128) or × 8 bytes (complex64), exactly. */
export function stateBytes(n: number, precision: Precision): number {
  throw new Error('stateBytes is not written yet');
}

/** The largest n with stateBytes(n, precision) ≤ budget, or −1 if not even n = 0 fits. */
export function maxQubits(budget: number, precision: Precision): number {
  throw new Error('maxQubits is not written yet');
}
