/**
 * A thread of the Node thread pool (./threads-node.ts). It imports nothing statically: the kernels come by URL from
 * workerData, so the file runs as it is under Node's own type stripping (vitest) as well as under tsx.
 */
import type { KernelStep } from './block-kernels';

interface RunMessage { re: Float64Array; im: Float64Array; numQubits: number; steps: KernelStep[] }

const { parentPort, workerData } = await import('node:worker_threads');
const data = workerData as { kernels: string; ctl: Int32Array; index: number; parties: number };
const { runShare } = (await import(data.kernels)) as typeof import('./block-kernels');
parentPort!.on('message', (m: RunMessage) => {
  runShare(m.re, m.im, m.numQubits, m.steps, data.index, data.parties, data.ctl);
});
parentPort!.postMessage('ready');
