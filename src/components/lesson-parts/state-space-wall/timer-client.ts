/** One worker at a time; Cancel terminates it (the only way to stop a running sweep) and the next run starts afresh. */
import type { LayerKind, LayerTiming } from '../../../lib/state-space';
import type { TimeMessage, TimeRequest } from './protocol';

export class LayerTimerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (e: Error) => void } | null = null;

  run(n: number, kind: LayerKind, minMs: number, onProgress: (f: number) => void): Promise<LayerTiming> {
    this.cancel();
    const id = this.nextId++;
    const w = (this.worker ??= new Worker(new URL('./layer-timer.worker.ts', import.meta.url), { type: 'module' }));
    return new Promise((resolve, reject) => {
      this.pending = { id, reject };
      w.onmessage = (e: MessageEvent<TimeMessage>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === 'progress') onProgress(m.fraction);
        else {
          this.pending = null;
          if (m.type === 'done') resolve(m.timing);
          else reject(new Error(m.message));
        }
      };
      w.onerror = (ev) => {
        ev.preventDefault();
        this.fail(`The timing worker stopped${ev.message ? `: ${ev.message}` : ''} (perhaps out of memory).`);
      };
      w.postMessage({ id, n, kind, minMs } satisfies TimeRequest);
    });
  }

  private fail(message: string) {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Error(message));
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
