/// <reference lib="webworker" />
// Runs the barren-plateau sweep off the main thread (seconds of work at 10 qubits), one qubit count at a time, so
// the chart fills in as it goes; Cancel terminates the worker.
import { gradientsAt, layersFor, mean, sampleVariance, varianceStandardError, type CostKind, type SweepPoint } from '../../../lib/barren-plateau';

export interface SweepRequest { sizes: number[]; draws: number; layersPerQubit: number; cost: CostKind; seed: number }
export type SweepReply =
  | { type: 'progress'; fraction: number }
  | { type: 'point'; point: SweepPoint }
  | { type: 'done' }
  | { type: 'error'; message: string };

const post = (m: SweepReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<SweepRequest>) => {
  const { sizes, draws, layersPerQubit, cost, seed } = e.data;
  try {
    // Work per draw ∝ 2^n · gates, so progress is weighted by that rather than by draws.
    const weights = sizes.map((n) => 2 ** n * layersFor(n, layersPerQubit) * n);
    const total = weights.reduce((a, b) => a + b, 0) * draws;
    let done = 0;
    let last = 0;
    for (let i = 0; i < sizes.length; i++) {
      const n = sizes[i]!;
      const layers = layersFor(n, layersPerQubit);
      const grads = gradientsAt(n, draws, layers, cost, seed, () => {
        done += weights[i]!;
        const now = performance.now();
        if (now - last > 60) {
          last = now;
          post({ type: 'progress', fraction: done / total });
        }
      })!;
      post({ type: 'point', point: { n, layers, draws, meanGradient: mean(grads), variance: sampleVariance(grads), varianceError: varianceStandardError(grads) } });
    }
    post({ type: 'done' });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
