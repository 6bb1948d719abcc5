/// <reference lib="webworker" />
// Runs the shared benchmark suite off the main thread, one section at a time, posting each section as it finishes
// so the page shows progress and stays responsive. quantum-circuit is loaded here, lazily, for the comparison.
import { measureBandwidth, measureBornGradient, measureCircuits, measureSampling, measureVariants, quantumCircuitRunner } from '../../../lib/bench';
import { loadQuantumCircuit } from '../../../lib/qasm/load-quantum-circuit';
import { browserThreadPool, canShareMemory } from '../../../lib/quantum/threads-browser';

// quantum-circuit reads `window` when it loads; a worker has none, but its global scope serves the same purpose.
(globalThis as { window?: unknown }).window ??= globalThis;

const post = (m: unknown) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async () => {
  try {
    const run = quantumCircuitRunner(await loadQuantumCircuit());
    post({ section: 'circuits', rows: measureCircuits([4, 8, 12, 16, 20], { run, maxQubits: 12 }) });
    // A threaded row where the page may share memory (cross-origin isolated, which the course's service worker
    // makes of its pages from the second visit on); no native row, as a page has no C compiler.
    const pool = await browserThreadPool();
    post({ section: 'threads', threads: pool?.threads ?? 1, isolated: canShareMemory() });
    post({ section: 'variants', rows: measureVariants([12, 16, 20, 22], pool ? { threaded: (c) => pool.run(c) } : {}) });
    post({ section: 'bandwidth', rows: measureBandwidth(20) });
    post({ section: 'sampling', rows: measureSampling([10, 16, 20], 5_000_000) });
    post({ section: 'gradient', rows: measureBornGradient() });
    post({ section: 'done' });
  } catch (err) {
    post({ section: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
