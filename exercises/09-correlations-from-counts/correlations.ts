/**
 * One-qubit marginals and two-qubit correlators from measurement counts, e.g. { "00": 512, "11": 488 }.
 * Qubit 0 is the least significant bit, the rightmost character of a bitstring.
 * Grade it with:  npm run grade -- 09
 */
export type Counts = Record<string, number>;

/** Entry q: the fraction of all shots in which qubit q read 1. */
export function marginals(counts: Counts): number[] {
  throw new Error('marginals is not written yet');
}

/** ⟨Z_a Z_b⟩ = P(qubits a and b agree) − P(they differ), over all shots. */
export function zzCorrelator(counts: Counts, a: number, b: number): number {
  throw new Error('zzCorrelator is not written yet');
}
