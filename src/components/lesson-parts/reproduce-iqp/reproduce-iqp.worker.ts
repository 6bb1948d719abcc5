/// <reference lib="webworker" />
// Builds the data set, fills the two rows that need no training, then trains the IQP model in slices of about 50 ms
// so progress messages go out while it runs. Cancelling is the page terminating this worker.
import { startRun, type Run } from '../../../lib/reproduce/recio-armengol/reproduction';
import { MAX_MESSAGES_PER_SECOND, type StartRequest, type WorkerReply } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

function run(req: StartRequest) {
  try {
    post({ type: 'phase', message: req.datasetId === '2d-ising' ? 'Sampling the Ising data (8 Metropolis chains)…' : 'Drawing the blob data…' });
    for (const modelId of ['random', 'noise-floor'] as const) post({ type: 'row', modelId, result: startRun(req.datasetId, modelId, req.seed).result(0) });
    const iqp: Run = startRun(req.datasetId, 'iqp', req.seed, req.steps);
    let elapsedMs = 0;
    let lastPost = 0;
    const slice = () => {
      try {
        const start = performance.now();
        let s = { step: 0, steps: iqp.steps, loss: NaN };
        while (!iqp.done && performance.now() - start < 50) s = iqp.step();
        elapsedMs += performance.now() - start;
        if (iqp.done) {
          post({ type: 'row', modelId: 'iqp', result: iqp.result(elapsedMs) });
          return post({ type: 'finished' });
        }
        if (performance.now() - lastPost >= 1000 / MAX_MESSAGES_PER_SECOND) {
          lastPost = performance.now();
          post({ type: 'progress', step: s.step, steps: s.steps, loss: s.loss, elapsedMs });
        }
        setTimeout(slice, 0);
      } catch (err) {
        post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    };
    slice();
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

self.onmessage = (e: MessageEvent<StartRequest>) => {
  if (e.data?.type === 'start') run(e.data);
};
