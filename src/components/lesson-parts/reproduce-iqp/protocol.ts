/** Messages between the "reproduce Recio-Armengol et al." island and its worker. */
import type { DatasetId } from '../../../lib/reproduce/recio-armengol/datasets';
import type { ModelId, RunResult } from '../../../lib/reproduce/recio-armengol/reproduction';

export interface StartRequest {
  type: 'start';
  datasetId: DatasetId;
  seed: number;
  /** Adam steps for the IQP model. */
  steps: number;
}

export type WorkerReply =
  | { type: 'phase'; message: string }
  | { type: 'progress'; step: number; steps: number; loss: number; elapsedMs: number }
  | { type: 'row'; modelId: ModelId; result: RunResult }
  | { type: 'finished' }
  | { type: 'error'; message: string };

/** At most this many progress messages per second. */
export const MAX_MESSAGES_PER_SECOND = 10;
