/// <reference lib="webworker" />
// Times layers off the main thread, so 20-odd qubits (tens of MiB swept dozens of times) never freeze the page.
import { THREAD_MIN_QUBITS } from '../../../lib/quantum/thread-pool';
import { browserThreadPool } from '../../../lib/quantum/threads-browser';
import { timeLayer } from '../../../lib/state-space/benchmark';
import type { TimeMessage, TimeRequest } from './protocol';

const post = (m: TimeMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<TimeRequest>) => {
  const { id, n, kind, minMs } = e.data;
  let last = 0;
  try {
    // Every core the page may use, where it may share memory (cross-origin isolated); one core elsewhere.
    const pool = n >= THREAD_MIN_QUBITS ? await browserThreadPool() : null;
    const timing = timeLayer(n, {
      kind,
      minMs,
      fused: true,
      pool,
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last > 50) {
          last = now;
          post({ id, type: 'progress', fraction });
        }
      },
    });
    post({ id, type: 'done', timing });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
