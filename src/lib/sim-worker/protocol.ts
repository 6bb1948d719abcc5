import type { Circuit } from '../quantum';

/** What the page asks for: the circuit, how many seeded shots, and how many basis states it can show. */
export interface SimRequest {
  id: number;
  circuit: Circuit;
  shots: number;
  seed: number;
  /** A 20-qubit state has a million amplitudes; the page shows at most this many rows. */
  maxRows: number;
}

/** One basis state the page shows. `index` has qubit 0 as its least significant bit. */
export interface ResultRow {
  index: number;
  re: number;
  im: number;
  p: number;
  shots: number;
}

/** What the page needs: a few rows (sorted by index), and what the rows leave out. Small enough to post cheaply. */
export interface SimResult {
  numQubits: number;
  rows: ResultRow[];
  /** 2^numQubits. */
  totalStates: number;
  shots: number;
  /** True when rows hold every basis state; otherwise they are the most likely ones. */
  complete: boolean;
  /** Probability and shots of the basis states not in rows. */
  otherProbability: number;
  otherShots: number;
  /** CPU threads that computed the state: 1 on the page's thread, more in the worker when the page may share memory. */
  threads: number;
}

export type SimMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: SimResult }
  | { id: number; type: 'error'; message: string };
