/**
 * Basis index <-> bitstring, in the course's one convention: qubit 0 is the least significant bit of the index and
 * the rightmost character of the bitstring (as in Qiskit and quantum-circuit). With 3 qubits, index 1 is "001".
 */
export function indexToBitstring(index: number, numQubits: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 2 ** numQubits) {
    throw new Error(`indexToBitstring: index must be an integer in [0, ${2 ** numQubits}), got ${index}`);
  }
  return index.toString(2).padStart(numQubits, '0');
}

export function bitstringToIndex(bits: string): number {
  if (!/^[01]+$/.test(bits)) throw new Error(`bitstringToIndex: expected a string of 0s and 1s, got "${bits}"`);
  return parseInt(bits, 2);
}
