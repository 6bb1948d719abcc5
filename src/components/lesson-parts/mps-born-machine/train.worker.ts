/// <reference lib="webworker" />
// Trains the MPS Born machine, then (if asked) the circuit Born machine with the same data, loss, optimiser, seed and
// step count, off the main thread. Steps run in slices of about 30 ms with a yield between slices; progress goes out
// at most 20 times a second. Cancelling terminates the worker.
import { createMpsTrainer } from '../../../lib/classical/mps-born-machine/trainer';
import { createTrainer } from '../../../lib/born-machine/trainer';
import { MPS_MESSAGES_PER_SECOND, type ModelName, type ModelProgress, type MpsStartRequest, type MpsWorkerReply } from './protocol';

const post = (m: MpsWorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

interface Steppable {
  numParams: number;
  step(): { step: number; loss: number; chi: number };
  stats(): { step: number; loss: number; chi: number };
  sample?(count: number, seed: number): number[];
}

function train(model: ModelName, t: Steppable, req: MpsStartRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    let elapsedMs = 0;
    let lastPost = 0;
    const first = t.stats();
    let reached95: ModelProgress['reached95'] = first.chi >= 0.95 ? { step: 0, ms: 0 } : null;
    const send = (s: { step: number; loss: number; chi: number }, done: boolean) => {
      post({
        type: 'progress',
        progress: { model, numParams: t.numParams, step: s.step, loss: s.loss, chi: s.chi, elapsedMs, reached95, done },
        samples: t.sample?.(req.sampleCount, req.seed * 100_003 + s.step),
      });
      lastPost = performance.now();
    };
    send(first, req.maxSteps === 0);
    const slice = () => {
      try {
        const start = performance.now();
        let s = t.stats();
        while (s.step < req.maxSteps && performance.now() - start < 30) {
          const t0 = performance.now();
          s = t.step();
          elapsedMs += performance.now() - t0;
          if (!reached95 && s.chi >= 0.95) reached95 = { step: s.step, ms: elapsedMs };
        }
        if (s.step >= req.maxSteps) {
          send(s, true);
          resolve();
          return;
        }
        if (performance.now() - lastPost >= 1000 / MPS_MESSAGES_PER_SECOND) send(s, false);
        setTimeout(slice, 0);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    setTimeout(slice, 0);
  });
}

self.onmessage = async (e: MessageEvent<MpsStartRequest>) => {
  const req = e.data;
  if (req.type !== 'start') return;
  try {
    const mps = createMpsTrainer({ rows: req.rows, cols: req.cols, bondDim: req.bondDim, lr: req.lr, seed: req.seed });
    await train('mps', mps, req);
    if (req.withCircuit) {
      const circuit = createTrainer({ rows: req.rows, cols: req.cols, depth: req.circuitDepth, lr: req.lr, seed: req.seed, mode: { kind: 'exact' } });
      await train('circuit', { numParams: circuit.ansatz.numParams, step: () => circuit.step(), stats: () => circuit.stats() }, req);
    }
    post({ type: 'finished' });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
