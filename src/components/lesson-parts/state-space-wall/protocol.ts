import type { LayerKind, LayerTiming } from '../../../lib/state-space';

export interface TimeRequest {
  id: number;
  n: number;
  kind: LayerKind;
  minMs: number;
}

export type TimeMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; timing: LayerTiming }
  | { id: number; type: 'error'; message: string };
