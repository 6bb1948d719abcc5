/** Messages between the "reproduce the paper" island and its worker. */
import type { LiuWangSetting, RunResult } from '../../../lib/reproduce/liu-wang';

export interface StartRequest {
  type: 'start';
  /** Settings to run, in this order. */
  settingIds: LiuWangSetting['id'][];
  seed: number;
}

export type WorkerReply =
  | { type: 'progress'; settingId: LiuWangSetting['id']; step: number; steps: number; chi: number; loss: number; elapsedMs: number }
  | { type: 'row'; result: RunResult }
  | { type: 'finished' }
  | { type: 'error'; message: string };

/** At most this many progress messages per second: enough for a smooth bar, few enough not to flood the page. */
export const MAX_MESSAGES_PER_SECOND = 10;
