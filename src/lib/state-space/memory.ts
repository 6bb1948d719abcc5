/**
 * What a full state vector costs to store: 2^n complex amplitudes, each a pair of 8-byte floats (the engine keeps
 * them in two Float64Arrays, re and im), so 16 · 2^n bytes. Powers of two are exact in doubles up to 2^1023.
 */
export const BYTES_PER_AMPLITUDE = 16;

export function stateVectorBytes(numQubits: number): number {
  if (!Number.isInteger(numQubits) || numQubits < 0) throw new Error(`stateVectorBytes: need a whole number of qubits, got ${numQubits}`);
  return BYTES_PER_AMPLITUDE * 2 ** numQubits;
}

// Byte sizes are written by the course's one number formatter.
export { formatBinaryBytes, formatDecimalBytes } from '../format/number';
