/// <reference lib="webworker" />
// Reads a pasted OpenQASM 2 program off the main thread, and runs it when it is dynamic (mid-circuit measurement,
// reset, if): a long paste or a branching run never freezes the page. Cancel terminates this worker.
import { readProgram } from '../../lib/qasm/read';
import { runDynamic } from '../../lib/qasm/run-program';
import type { ProgramReply, ProgramRequest } from './qasm-program-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ProgramReply) => scope.postMessage(m);

scope.onmessage = (e: MessageEvent<ProgramRequest>) => {
  const { id, text, shots, seed, maxRows } = e.data;
  try {
    const r = readProgram(text);
    if (!r.ok) return post({ id, type: 'done', result: r });
    if (r.kind === 'pure') return post({ id, type: 'done', result: r });
    let last = 0;
    const run = runDynamic(r.program, r.registers, {
      shots, seed, maxRows,
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last > 100) {
          last = now;
          post({ id, type: 'progress', fraction });
        }
      },
    });
    post({ id, type: 'done', result: r, run });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
