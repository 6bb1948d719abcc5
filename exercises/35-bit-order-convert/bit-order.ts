/**
 * Convert a counts object between two bit orders. Little-endian (Qiskit and this course): qubit 0 is the least
 * significant bit, the rightmost character of a key. Big-endian (Cirq's histogram order): qubit 0 is the leftmost.
 * Grade it with:  npm run grade -- 35
 */
export type Counts = Record<string, number>;

/** Little-endian keys (qubit 0 rightmost) to big-endian keys (qubit 0 leftmost); a new object, same counts. */
export function toBigEndian(counts: Counts): Counts {
  // TODO: rewrite every key; keep its width and its spaces between registers.
  throw new Error('toBigEndian is not written yet');
}

/** Big-endian keys (qubit 0 leftmost) to little-endian keys (qubit 0 rightmost). */
export function toLittleEndian(counts: Counts): Counts {
  throw new Error('toLittleEndian is not written yet');
}
