/**
 * Runs playground simulations off the main thread. Cancel terminates the worker (the only way to stop a running
 * loop) and a fresh one is started on the next request; a crashed worker is reported as an error, never a hang.
 */
import type { SimMessage, SimRequest, SimResult } from './protocol';

export class SimWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; resolve: (r: SimResult) => void; reject: (e: Error) => void; onProgress?: (d: number, t: number) => void } | null = null;

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
      e.preventDefault();
      this.fail(`The simulation worker crashed${e.message ? `: ${e.message}` : ''}. Try a smaller circuit.`);
    };
    this.worker = w;
    return w;
  }

  private fail(message: string) {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Error(message));
  }

  run(req: Omit<SimRequest, 'id'>, onProgress?: (done: number, total: number) => void): Promise<SimResult> {
    if (this.pending) this.fail('superseded');
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      this.ensure().postMessage({ ...req, id } satisfies SimRequest);
    });
  }

  cancel() {
    if (this.pending) this.fail('cancelled');
  }

  dispose() {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
