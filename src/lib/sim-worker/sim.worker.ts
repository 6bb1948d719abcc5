/// <reference lib="webworker" />
import type { SimMessage, SimRequest } from './protocol';
import { simulateRequest } from './simulate-request';

const post = (m: SimMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const req = e.data;
  let last = 0;
  try {
    const result = simulateRequest(req, (done, total) => {
      // Throttle: a message per gate would flood the page on long circuits.
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ id: req.id, type: 'progress', done, total });
      }
    });
    post({ id: req.id, type: 'done', result }, [result.probs.buffer, result.re.buffer, result.im.buffer, result.counts.buffer]);
  } catch (err) {
    post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
