import type { QasmProgram } from '../../lib/qasm/read';
import type { DynamicRun } from '../../lib/qasm/run-program';

/** A paste to read, and the shots and seed to sample it with if it turns out dynamic and branches too often. */
export interface ProgramRequest {
  id: number;
  text: string;
  shots: number;
  seed: number;
  maxRows: number;
}

export type ProgramReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: QasmProgram; run?: DynamicRun }
  | { id: number; type: 'error'; message: string };
