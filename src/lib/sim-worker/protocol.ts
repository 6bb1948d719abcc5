import type { Circuit } from '../quantum';

/** What the page asks the simulation worker to do. */
export interface SimRequest {
  id: number;
  circuit: Circuit;
  shots: number;
  seed: number;
  /** How many leading amplitudes to send back (a 20-qubit state has a million; the page shows a few). */
  maxAmplitudes: number;
}

/** What the page needs to show: exact probabilities, some amplitudes, and sampled counts by basis index. */
export interface SimResult {
  numQubits: number;
  probs: Float64Array;
  re: Float64Array;
  im: Float64Array;
  counts: Uint32Array;
}

export type SimMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: SimResult }
  | { id: number; type: 'error'; message: string };
