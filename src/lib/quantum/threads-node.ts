/**
 * The thread pool (./thread-pool.ts) on Node's worker_threads. Node-only; nothing in the browser bundle imports it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { poolOver, type ThreadPool, type ThreadSetup } from './thread-pool';

export { createSharedZeroState, THREAD_MIN_QUBITS, type ThreadPool } from './thread-pool';

/** Starts `threads − 1` workers (default: one per core the OS offers) and resolves once they are ready. */
export async function createThreadPool(threads = availableParallelism()): Promise<ThreadPool> {
  const parties = Math.max(1, Math.floor(threads));
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const kernels = new URL('./block-kernels.ts', import.meta.url).href;
  const workers = Array.from({ length: parties - 1 }, (_, k) =>
    new Worker(new URL('./block.worker.ts', import.meta.url), { workerData: { kernels, ctl, index: k + 1, parties } satisfies ThreadSetup & { kernels: string } }));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
  })));
  for (const w of workers) w.unref();
  return poolOver(parties, ctl, (m) => { for (const w of workers) w.postMessage(m); }, async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });
}
