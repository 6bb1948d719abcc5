/** Messages between the Born-machine trainer island and its worker. */
import type { TrainerConfig, TrainerStats } from '../../../lib/born-machine/trainer';

export interface StartRequest {
  type: 'start';
  config: TrainerConfig;
  maxSteps: number;
  /** Steps per second to aim for; 0 = as fast as possible. Slow motion lets a learner watch a 2×2 run unfold. */
  stepsPerSecond: number;
  /** How many images to sample from the model for each progress message. */
  sampleCount: number;
}
export type WorkerRequest = StartRequest | { type: 'pause' } | { type: 'resume' };

export interface CurvePoint {
  step: number;
  loss: number;
  chi: number;
}

export interface ProgressReply {
  type: 'progress' | 'done';
  numParams: number;
  stats: TrainerStats;
  /** Points since the previous message. */
  points: CurvePoint[];
  /** Images sampled from the current model, seeded by (seed, step). */
  samples: number[];
  /** Training time so far, pauses excluded. */
  elapsedMs: number;
  /** First step with χ ≥ 95 %, and the training time it took. */
  reached95: { step: number; ms: number } | null;
}
export type WorkerReply = ProgressReply | { type: 'paused' } | { type: 'error'; message: string };

/** At most this many progress messages per second. */
export const MAX_MESSAGES_PER_SECOND = 20;
