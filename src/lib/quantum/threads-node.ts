/**
 * Runs fused circuits on several threads in Node: the state lives in SharedArrayBuffers, every thread (this one
 * included) applies its share of each step, and a barrier separates the steps (see runShare in ./block-kernels).
 * Node-only (worker_threads); nothing in the browser bundle imports it.
 *
 * Threads pay only for big states: each step ends in a barrier costing tens of microseconds, against a pass of
 * about 1.5 ns an amplitude. Measured on the benchmark circuits (2 cores, fused program, median of 400 ms): two
 * threads ran 1.96x as fast as one at 14 qubits and 1.8x to 2.2x at 15 to 17 in a quiet moment, while under other
 * jobs' load the same sizes ranged from 0.84x to 1.8x; at 12 qubits the pool lost (0.92x in `npm run bench`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runShare, type KernelStep } from './block-kernels';
import { checkRun, fuseCircuit, runFused, type FusedProgram } from './fuse';
import { assertQubitBudget } from './budget';
import type { Circuit, StateVector } from './types';

/** Below this many qubits the pool runs a circuit on the calling thread alone. */
export const THREAD_MIN_QUBITS = 14;

export interface ThreadPool {
  /** Threads in use, the calling one included. */
  readonly threads: number;
  /** Fuses and runs a circuit; the state's arrays are SharedArrayBuffer-backed. Same validation as runCircuit. */
  run(c: Circuit, opts?: { initial?: StateVector }): StateVector;
  /** Runs an already fused program (blocksOnly) on a shared state. */
  apply(state: StateVector, p: FusedProgram): void;
  close(): Promise<void>;
}

/** A |0...0> state whose arrays other threads can write. */
export function createSharedZeroState(numQubits: number): StateVector {
  assertQubitBudget(numQubits);
  const dim = 2 ** numQubits;
  const re = new Float64Array(new SharedArrayBuffer(8 * dim));
  const im = new Float64Array(new SharedArrayBuffer(8 * dim));
  re[0] = 1;
  return { numQubits, re, im };
}

const isShared = (a: Float64Array) => a.buffer instanceof SharedArrayBuffer;

/** Starts `threads − 1` workers (default: one per core the OS offers) and resolves once they are ready. */
export async function createThreadPool(threads = availableParallelism()): Promise<ThreadPool> {
  const parties = Math.max(1, Math.floor(threads));
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const kernels = new URL('./block-kernels.ts', import.meta.url).href;
  const workers = Array.from({ length: parties - 1 }, (_, k) =>
    new Worker(new URL('./block.worker.ts', import.meta.url), { workerData: { kernels, ctl, index: k + 1, parties } }));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
  })));
  for (const w of workers) w.unref();

  function apply(state: StateVector, p: FusedProgram): void {
    const steps = p.steps as KernelStep[];
    if (steps.some((s) => (s as { kind: string }).kind === 'gate')) throw new Error('ThreadPool.apply: fuse with blocksOnly');
    if (parties === 1 || state.numQubits < THREAD_MIN_QUBITS || !isShared(state.re) || !isShared(state.im)) {
      for (const s of steps) runShare(state.re, state.im, state.numQubits, [s], 0, 1, ctl);
      return;
    }
    for (const w of workers) w.postMessage({ re: state.re, im: state.im, numQubits: state.numQubits, steps });
    runShare(state.re, state.im, state.numQubits, steps, 0, parties, ctl);
  }

  return {
    threads: parties,
    apply,
    run(c, opts = {}) {
      checkRun(c, opts.initial, 'ThreadPool.run');
      const state = opts.initial ?? createSharedZeroState(c.numQubits);
      // Below the threshold one thread does the work, so take the single-thread path with its own small-size rules.
      if (parties === 1 || c.numQubits < THREAD_MIN_QUBITS) return runFused(c, { initial: state });
      apply(state, fuseCircuit(c, { blocksOnly: true }));
      return state;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

