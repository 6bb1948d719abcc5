/**
 * The wall-clock time of an estimate on a quantum computer: a cost on every shot, and a cost on every distinct circuit.
 * Grade it with:  npm run grade -- 26
 */
export interface PerShot {
  /** Waiting for the qubits to reset between shots (IBM's default repetition delay is 250 µs), in µs. */
  resetUs: number;
  /** Running the gates, in µs. */
  circuitUs: number;
  /** Measuring, in µs. */
  readoutUs: number;
}

/**
 * Seconds for a job: shots[i] shots of distinct circuit i, each shot costing perShot (µs), each circuit overheadMs (ms)
 * once.
 */
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  throw new Error('jobSeconds is not written yet');
}
