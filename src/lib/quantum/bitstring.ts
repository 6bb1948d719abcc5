/**
 * Basis index <-> bitstring, in the course's one convention: qubit 0 is the least significant bit of the index and
 * the rightmost character of the bitstring (as in Qiskit and quantum-circuit). With 3 qubits, index 1 is "001".
 */

/** Past 53 bits a JavaScript number can no longer hold every index exactly. */
const MAX_BITS = 53;

export function indexToBitstring(index: number, numQubits: number): string {
  if (!Number.isInteger(numQubits) || numQubits < 1 || numQubits > MAX_BITS) {
    throw new Error(`indexToBitstring: numQubits must be a whole number from 1 to ${MAX_BITS}, got ${numQubits}`);
  }
  if (!Number.isInteger(index) || index < 0 || index >= 2 ** numQubits) {
    throw new Error(`indexToBitstring: index must be a whole number in [0, ${2 ** numQubits}) for ${numQubits} qubits, got ${index}`);
  }
  return index.toString(2).padStart(numQubits, '0');
}

export function bitstringToIndex(bits: string): number {
  if (typeof bits !== 'string' || !/^[01]+$/.test(bits) || bits.length > MAX_BITS) {
    throw new Error(`bitstringToIndex: expected a string of 1 to ${MAX_BITS} 0s and 1s (qubit 0 rightmost), got ${JSON.stringify(bits)}`);
  }
  return parseInt(bits, 2);
}
