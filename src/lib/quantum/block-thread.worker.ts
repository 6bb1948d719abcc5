/// <reference lib="webworker" />
/**
 * A thread of the browser thread pool (./threads-browser.ts), started by a simulation worker. The first message is
 * its setup; every later one is a batch of steps whose share it applies to the shared state.
 */
import { runShare } from './block-kernels';
import type { ShareMessage, ThreadSetup } from './thread-pool';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let setup: ThreadSetup | null = null;
scope.onmessage = (e: MessageEvent<ThreadSetup | ShareMessage>) => {
  if (!setup) {
    setup = e.data as ThreadSetup;
    scope.postMessage('ready');
    return;
  }
  const m = e.data as ShareMessage;
  runShare(m.re, m.im, m.numQubits, m.steps, setup.index, setup.parties, setup.ctl);
};
