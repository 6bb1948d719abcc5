/// <reference lib="webworker" />
// Runs the paper's settings one after another, in slices of about 50 ms so progress messages go out while it trains.
// Cancelling is the page terminating this worker: nothing here needs to listen for it.
import { settingById, startRun, type LiuWangRun } from '../../../lib/reproduce/liu-wang';
import { MAX_MESSAGES_PER_SECOND, type StartRequest, type WorkerReply } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

function runQueue(req: StartRequest) {
  const queue = [...req.settingIds];
  let run: LiuWangRun | null = null;
  let elapsedMs = 0;
  let lastPost = 0;
  const slice = () => {
    try {
      if (!run) {
        const next = queue.shift();
        if (!next) return post({ type: 'finished' });
        run = startRun(settingById(next), req.seed);
        elapsedMs = 0;
      }
      const start = performance.now();
      let s = run.trainer.stats();
      while (!run.done && performance.now() - start < 50) s = run.step();
      elapsedMs += performance.now() - start;
      if (run.done) {
        post({ type: 'row', result: run.result(elapsedMs) });
        run = null;
      } else if (performance.now() - lastPost >= 1000 / MAX_MESSAGES_PER_SECOND) {
        lastPost = performance.now();
        post({ type: 'progress', settingId: run.setting.id, step: s.step, steps: run.steps, chi: s.chi, loss: s.loss, elapsedMs });
      }
      setTimeout(slice, 0);
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  slice();
}

self.onmessage = (e: MessageEvent<StartRequest>) => {
  if (e.data?.type === 'start') runQueue(e.data);
};
