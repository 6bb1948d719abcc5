/**
 * Runs playground simulations in a Web Worker. Cancel terminates the worker (the only way to stop a running loop)
 * and the next run starts a fresh one; a crashed worker (out of memory, say) rejects the pending run with a
 * message, never leaves it hanging.
 */
import type { SimMessage, SimRequest, SimResult } from './protocol';

/** The run was cancelled or replaced by a newer one: not a failure to show. */
export class SimCancelledError extends Error {
  constructor(reason: 'cancelled' | 'superseded') {
    super(reason);
    this.name = 'SimCancelledError';
  }
}

type Pending = { id: number; resolve: (r: SimResult) => void; reject: (e: Error) => void; onProgress?: (done: number, total: number) => void };

export class SimWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SimMessage>) => {
      const p = this.pending;
      if (!p || e.data.id !== p.id) return;
      if (e.data.type === 'progress') p.onProgress?.(e.data.done, e.data.total);
      else {
        this.pending = null;
        if (e.data.type === 'done') p.resolve(e.data.result);
        else p.reject(new Error(e.data.message));
      }
    };
    w.onerror = (e) => {
      // Handled here: without preventDefault the browser would also log it as an uncaught error.
      e.preventDefault();
      this.stop(new Error(`The simulation stopped unexpectedly${e.message ? ` (${e.message})` : ''}; the circuit may be too large for this device.`));
    };
    w.onmessageerror = () => this.stop(new Error('The simulation sent back a result the page could not read.'));
    this.worker = w;
    return w;
  }

  private stop(reason: Error) {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(reason);
  }

  /** Starts a run; a run still going is cancelled first (its promise rejects with SimCancelledError). */
  run(req: Omit<SimRequest, 'id'>, onProgress?: (done: number, total: number) => void): Promise<SimResult> {
    if (this.pending) this.stop(new SimCancelledError('superseded'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      try {
        this.ensure().postMessage({ ...req, id } satisfies SimRequest);
      } catch (e) {
        this.stop(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  cancel() {
    if (this.pending) this.stop(new SimCancelledError('cancelled'));
  }

  dispose() {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
