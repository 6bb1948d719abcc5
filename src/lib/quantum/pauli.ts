import { checkState } from './state';
import type { StateVector } from './types';
import { popcount } from './walsh-hadamard';

/**
 * <psi|P|psi> for a Pauli string such as "XZI". The rightmost character acts on qubit 0, as in bitstrings and
 * Qiskit labels. Computed with bit masks: P|k> = phase(k) |k xor xmask>, so no matrix is ever built.
 */
export function expectationPauli(state: StateVector, pauli: string): number {
  checkState(state, 'expectationPauli');
  const n = state.numQubits;
  if (typeof pauli !== 'string' || pauli.length !== n || !/^[IXYZ]+$/.test(pauli)) {
    throw new Error(`expectationPauli: expected ${n} characters from I, X, Y, Z (rightmost = qubit 0), got "${pauli}"`);
  }
  let xmask = 0;
  let zmask = 0;
  let ycount = 0;
  for (let q = 0; q < n; q++) {
    const ch = pauli[n - 1 - q];
    if (ch === 'X' || ch === 'Y') xmask |= 1 << q;
    if (ch === 'Z' || ch === 'Y') zmask |= 1 << q;
    if (ch === 'Y') ycount++;
  }
  // Y = i·X·Z, so a string with y Y's is i^y · X^xmask · Z^zmask.
  const { re, im } = state;
  let sr = 0;
  let si = 0;
  for (let k = 0; k < re.length; k++) {
    const j = k ^ xmask;
    // <j| X..Z.. |k> = (-1)^{popcount(k & zmask)}; sum conj(a_j) * sign * a_k.
    const sign = popcount(k & zmask) & 1 ? -1 : 1;
    sr += sign * (re[j]! * re[k]! + im[j]! * im[k]!);
    si += sign * (re[j]! * im[k]! - im[j]! * re[k]!);
  }
  // Multiply by i^ycount and keep the real part (the expectation of a Hermitian operator is real).
  switch (ycount & 3) {
    case 0: return sr;
    case 1: return -si;
    case 2: return -sr;
    default: return si;
  }
}
