/// <reference lib="webworker" />
// Runs simulateRequest off the main thread, posting throttled progress. Only the engine is imported here, never
// quantum-circuit (its mathjs reads `window` at load, which a worker does not have). Big circuits run on the thread
// pool where the page is cross-origin isolated, and fused on this thread alone where it is not.
import type { SimMessage, SimRequest } from './protocol';
import { runFused } from '../quantum/fuse';
import { THREAD_MIN_QUBITS } from '../quantum/thread-pool';
import { browserThreadPool } from '../quantum/threads-browser';
import { simulateRequest, type RunState } from './simulate-request';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: SimMessage) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<SimRequest>) => {
  const req = e.data;
  let last = 0;
  try {
    const pool = req.circuit.numQubits >= THREAD_MIN_QUBITS ? await browserThreadPool() : null;
    const run: RunState = pool ? (c, opts) => pool.run(c, opts) : runFused;
    const result = simulateRequest(req, (done, total) => {
      // A message per gate would flood the page on long circuits.
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ id: req.id, type: 'progress', done, total });
      }
    }, run, pool?.threads ?? 1);
    post({ id: req.id, type: 'done', result });
  } catch (err) {
    post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
