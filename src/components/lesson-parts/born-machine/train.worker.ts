/// <reference lib="webworker" />
// Trains the Born machine off the main thread. Steps run in slices of a few tens of milliseconds with a yield between
// slices, so pause messages get through; progress goes out at most 20 times a second, carrying only the new points.
import { createTrainer, type Trainer } from '../../../lib/born-machine/trainer';
import { MAX_MESSAGES_PER_SECOND, type CurvePoint, type StartRequest, type WorkerReply, type WorkerRequest } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

let trainer: Trainer | null = null;
let req: StartRequest | null = null;
let running = false;
let points: CurvePoint[] = [];
let elapsedMs = 0;
let reached95: { step: number; ms: number } | null = null;
let lastPost = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function report(type: 'progress' | 'done') {
  if (!trainer || !req) return;
  const stats = trainer.stats();
  post({
    type,
    numParams: trainer.ansatz.numParams,
    stats,
    points,
    samples: trainer.sample(req.sampleCount, req.config.seed * 100_003 + stats.step),
    elapsedMs,
    reached95,
  });
  points = [];
  lastPost = performance.now();
}

function slice() {
  timer = null;
  if (!running || !trainer || !req) return;
  const start = performance.now();
  const budget = req.stepsPerSecond > 0 ? 1000 / req.stepsPerSecond : 40;
  try {
    do {
      const t0 = performance.now();
      const s = trainer.step();
      elapsedMs += performance.now() - t0;
      points.push({ step: s.step, loss: s.loss, chi: s.chi });
      if (!reached95 && s.chi >= 0.95) reached95 = { step: s.step, ms: elapsedMs };
      if (s.step >= req.maxSteps) {
        running = false;
        report('done');
        return;
      }
      if (req.stepsPerSecond > 0) break;
    } while (performance.now() - start < budget);
  } catch (err) {
    running = false;
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (performance.now() - lastPost >= 1000 / MAX_MESSAGES_PER_SECOND) report('progress');
  // In slow motion, wait out the rest of this step's time; otherwise just yield so messages can arrive.
  const wait = req.stepsPerSecond > 0 ? Math.max(0, budget - (performance.now() - start)) : 0;
  timer = setTimeout(slice, wait);
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.type === 'start') {
    try {
      req = m;
      trainer = createTrainer(m.config);
      points = [{ step: 0, loss: trainer.stats().loss, chi: trainer.stats().chi }];
      elapsedMs = 0;
      reached95 = trainer.stats().chi >= 0.95 ? { step: 0, ms: 0 } : null;
      running = true;
      report('progress');
      timer = setTimeout(slice, 0);
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  } else if (m.type === 'pause') {
    running = false;
    if (timer) clearTimeout(timer);
    timer = null;
    report('progress');
    post({ type: 'paused' });
  } else if (m.type === 'resume' && trainer && !running) {
    running = true;
    timer = setTimeout(slice, 0);
  }
};
