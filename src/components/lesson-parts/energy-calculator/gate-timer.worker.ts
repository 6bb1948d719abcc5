/// <reference lib="webworker" />
// Times one layer of gates at n qubits off the main thread: 20 qubits is 16 MiB swept dozens of times.
import { timeLayer } from '../../../lib/state-space/benchmark';

export interface GateTimerRequest { n: number; minMs: number }
export type GateTimerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; n: number; secondsPerGate: number; gates: number; reps: number }
  | { type: 'error'; message: string };

const post = (m: GateTimerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<GateTimerRequest>) => {
  const { n, minMs } = e.data;
  let last = 0;
  try {
    // An untimed first run lets the JIT optimise the gate kernels before the timed one.
    timeLayer(n, { kind: 'random', minMs: 30 });
    const t = timeLayer(n, {
      kind: 'random',
      minMs,
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last > 50) {
          last = now;
          post({ type: 'progress', fraction });
        }
      },
    });
    post({ type: 'done', n, secondsPerGate: t.msPerLayer / t.gates / 1000, gates: t.gates, reps: t.reps });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
