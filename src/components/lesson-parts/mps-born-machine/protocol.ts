/** Messages between the MPS-vs-circuit Born machine island and its worker. */

export interface MpsStartRequest {
  type: 'start';
  rows: number;
  cols: number;
  bondDim: number;
  lr: number;
  seed: number;
  maxSteps: number;
  /** Also train the circuit Born machine (depth `circuitDepth`, exact gradients, Adam, same lr, seed and steps). */
  withCircuit: boolean;
  circuitDepth: number;
  sampleCount: number;
}

export type ModelName = 'mps' | 'circuit';

export interface ModelProgress {
  model: ModelName;
  numParams: number;
  step: number;
  loss: number;
  chi: number;
  /** Training compute time so far (message handling excluded). */
  elapsedMs: number;
  /** First step with χ ≥ 95 % and the compute time it took. */
  reached95: { step: number; ms: number } | null;
  done: boolean;
}

export type MpsWorkerReply =
  | { type: 'progress'; progress: ModelProgress; samples?: number[] }
  | { type: 'finished' }
  | { type: 'error'; message: string };

/** At most this many progress messages per second. */
export const MPS_MESSAGES_PER_SECOND = 20;
