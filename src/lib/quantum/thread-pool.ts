/**
 * A pool of threads that apply fused circuits to a state in shared memory, whatever the threads are: Node's
 * worker_threads (./threads-node.ts) or a browser's Web Workers (./threads-browser.ts). Every thread, the calling one
 * included, applies its share of each step, and a barrier separates the steps (runShare in ./block-kernels). The
 * calling thread blocks in that barrier, so in a browser the pool runs inside a worker, never on the page's thread.
 *
 * Threads pay only for big states: each step ends in a barrier costing tens of microseconds, against a pass of
 * about 1.5 ns an amplitude. Measured on the benchmark circuits (2 cores, fused program, median of 400 ms): two
 * threads ran 1.96x as fast as one at 14 qubits and 1.8x to 2.2x at 15 to 17 in a quiet moment, while under other
 * jobs' load the same sizes ranged from 0.84x to 1.8x; at 12 qubits the pool lost (0.92x in `npm run bench`).
 */
import { runShare, type KernelStep } from './block-kernels';
import { checkRun, fuseCircuit, runFused, type FusedProgram, type FusedProgress } from './fuse';
import { assertQubitBudget } from './budget';
import type { Circuit, StateVector } from './types';

import { THREAD_MIN_QUBITS } from './thread-threshold';

export { THREAD_MIN_QUBITS };

/** What the calling thread sends the others for each batch of steps. */
export interface ShareMessage { re: Float64Array; im: Float64Array; numQubits: number; steps: KernelStep[] }

/** What every thread gets once, when it starts: the barrier's counters and its place among the parties. */
export interface ThreadSetup { ctl: Int32Array; index: number; parties: number }

export interface ThreadPool {
  /** Threads in use, the calling one included. */
  readonly threads: number;
  /** Fuses and runs a circuit; the state's arrays are SharedArrayBuffer-backed. Same validation as runCircuit. */
  run(c: Circuit, opts?: { initial?: StateVector; onProgress?: FusedProgress }): StateVector;
  /** Runs an already fused program (blocksOnly) on a shared state. */
  apply(state: StateVector, p: FusedProgram, onProgress?: FusedProgress): void;
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

/**
 * Steps per message to the other threads: about 16 million amplitude updates, some tens of milliseconds at 20
 * qubits, so a progress bar moves while a message costs nothing next to the work it carries.
 */
const batchSteps = (numQubits: number) => Math.max(1, Math.floor(2 ** 24 / 2 ** numQubits));

/**
 * A pool over started threads. `send` hands one batch to every other thread (each then runs runShare with its
 * setup); `close` stops them. `ctl` is the barrier shared with all of them.
 */
export function poolOver(parties: number, ctl: Int32Array, send: (m: ShareMessage) => void, close: () => Promise<void>): ThreadPool {
  function apply(state: StateVector, p: FusedProgram, onProgress?: FusedProgress): void {
    const steps = p.steps as KernelStep[];
    if (steps.some((s) => (s as { kind: string }).kind === 'gate')) throw new Error('ThreadPool.apply: fuse with blocksOnly');
    const threaded = parties > 1 && state.numQubits >= THREAD_MIN_QUBITS && isShared(state.re) && isShared(state.im);
    const batch = batchSteps(state.numQubits);
    let done = 0;
    for (let from = 0; from < steps.length; from += batch) {
      const part = steps.slice(from, from + batch);
      if (threaded) {
        send({ re: state.re, im: state.im, numQubits: state.numQubits, steps: part });
        runShare(state.re, state.im, state.numQubits, part, 0, parties, ctl);
      } else {
        for (const s of part) runShare(state.re, state.im, state.numQubits, [s], 0, 1, ctl);
      }
      for (const s of part) done += s.gates;
      onProgress?.(done, p.gates);
    }
  }

  return {
    threads: parties,
    apply,
    run(c, opts = {}) {
      checkRun(c, opts.initial, 'ThreadPool.run');
      const state = opts.initial ?? createSharedZeroState(c.numQubits);
      // Below the threshold one thread does the work, so take the single-thread path with its own small-size rules.
      if (parties === 1 || c.numQubits < THREAD_MIN_QUBITS) return runFused(c, { initial: state, onProgress: opts.onProgress });
      apply(state, fuseCircuit(c, { blocksOnly: true }), opts.onProgress);
      return state;
    },
    close,
  };
}
