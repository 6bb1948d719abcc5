/// <reference lib="webworker" />
/**
 * The thread pool (./thread-pool.ts) on Web Workers, for a simulation worker to use. Shared memory exists only on a
 * cross-origin-isolated page (the course's service worker makes its pages so, from the second visit on: see
 * public/sw-isolation.js); anywhere else, or if a thread cannot start, there is no pool and the caller runs the
 * circuit on its own thread, as before. A worker's pool lives as long as the worker: terminating the simulation
 * worker (how the pages cancel a run) ends its threads with it.
 */
import { poolOver, type ThreadPool, type ThreadSetup } from './thread-pool';

/** Whether this context may share memory with threads it starts. */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

/**
 * More threads than this gain nothing on the course's circuits: a pass is bound by memory bandwidth, which a few
 * cores already fill, while every thread costs a module instance and a wake-up per step.
 */
const MAX_THREADS = 8;
/** A thread that has neither started nor failed by then is taken as failed, so a run never waits on it for ever. */
const START_TIMEOUT_MS = 15_000;

function startThread(setup: ThreadSetup): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./block-thread.worker.ts', import.meta.url), { type: 'module' });
    const fail = (why: string) => {
      clearTimeout(timer);
      w.terminate();
      reject(new Error(why));
    };
    const timer = setTimeout(() => fail('a simulation thread did not start'), START_TIMEOUT_MS);
    w.onmessage = () => {
      clearTimeout(timer);
      w.onmessage = null;
      w.onerror = null;
      resolve(w);
    };
    w.onerror = (e) => {
      e.preventDefault();
      fail(`a simulation thread failed to start${e.message ? ` (${e.message})` : ''}`);
    };
    w.postMessage(setup);
  });
}

async function createBrowserThreadPool(threads: number): Promise<ThreadPool | null> {
  const parties = Math.min(MAX_THREADS, Math.max(1, Math.floor(threads)));
  if (parties < 2 || !canShareMemory()) return null;
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const started = await Promise.allSettled(Array.from({ length: parties - 1 }, (_, k) => startThread({ ctl, index: k + 1, parties })));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (workers.length < parties - 1) {
    for (const w of workers) w.terminate();
    return null;
  }
  return poolOver(parties, ctl, (m) => { for (const w of workers) w.postMessage(m); }, async () => {
    for (const w of workers) w.terminate();
  });
}

let shared: Promise<ThreadPool | null> | null = null;

/**
 * This worker's pool, started on first use with one thread per core the browser reports (at most MAX_THREADS), or
 * null where threads are unavailable; never rejects.
 */
export function browserThreadPool(): Promise<ThreadPool | null> {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return (shared ??= createBrowserThreadPool(cores).catch(() => null));
}
