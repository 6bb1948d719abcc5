/** Messages between the stabilizer sampler island and its worker. */
export type CliffordKind = 'ghz' | 'bell' | 'random';

export interface StabilizerRequest {
  type: 'sample';
  kind: CliffordKind;
  numQubits: number;
  shots: number;
  seed: number;
}

export interface StabilizerResult {
  type: 'result';
  request: StabilizerRequest;
  gates: number;
  /** log₂ of the number of possible outcomes (each has probability 2^−r). */
  supportDimension: number;
  /** The first few shots as bitstrings, qubit 0 rightmost. */
  shown: string[];
  /** Shots that were all 0s and all 1s (the GHZ check). */
  allZeros: number;
  allOnes: number;
  distinct: number;
  /** Time to run the circuit on the tableau, for the first CHP measurement pass plus elimination, and for all shots. */
  circuitMs: number;
  setupMs: number;
  shotsMs: number;
}

export type StabilizerReply = StabilizerResult | { type: 'progress'; stage: string } | { type: 'error'; message: string };

/** How many shots the island prints in full. */
export const SHOTS_SHOWN = 3;
