/**
 * A thread of the Node thread pool (./threads-node.ts). It imports nothing statically: the kernels come by URL from
 * workerData, so the file runs as it is under Node's own type stripping (vitest) as well as under tsx.
 */
import type { ShareMessage, ThreadSetup } from './thread-pool';

const { parentPort, workerData } = await import('node:worker_threads');
const data = workerData as ThreadSetup & { kernels: string };
const { runShare } = (await import(data.kernels)) as typeof import('./block-kernels');
parentPort!.on('message', (m: ShareMessage) => {
  runShare(m.re, m.im, m.numQubits, m.steps, data.index, data.parties, data.ctl);
});
parentPort!.postMessage('ready');
