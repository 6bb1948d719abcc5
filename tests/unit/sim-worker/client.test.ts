// The playground's worker client under failure: a worker that crashes (out of memory, say) must reject the pending run
// with a readable message, be thrown away, and leave the next run to a fresh worker; cancelling must terminate the
// worker, since a running loop cannot be interrupted any other way. The Worker here is a stand-in the test drives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimCancelledError, SimWorkerClient } from '../../../src/lib/sim-worker/client';
import type { SimMessage, SimRequest, SimResult } from '../../../src/lib/sim-worker/protocol';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<SimMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: SimRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(req: SimRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  reply(msg: SimMessage) {
    this.onmessage?.({ data: msg } as MessageEvent<SimMessage>);
  }
  crash(message: string) {
    let prevented = false;
    this.onerror?.({ message, preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    return prevented;
  }
}

const result: SimResult = { numQubits: 1, rows: [{ index: 0, re: 1, im: 0, p: 1, shots: 10 }], totalStates: 2, shots: 10, complete: true, otherProbability: 0, otherShots: 0, threads: 1 };
const request = { circuit: { numQubits: 1, ops: [] }, shots: 10, seed: 1, maxRows: 64 };
const saved = globalThis.Worker;

beforeEach(() => {
  FakeWorker.made = [];
  (globalThis as { Worker: unknown }).Worker = FakeWorker;
});
afterEach(() => {
  (globalThis as { Worker: unknown }).Worker = saved;
});

describe('SimWorkerClient', () => {
  it('a crash rejects the pending run with a message, and the next run gets a fresh worker that answers', async () => {
    const client = new SimWorkerClient();
    const first = client.run(request);
    const w1 = FakeWorker.made[0]!;
    expect(w1.crash('Out of memory')).toBe(true); // handled, so the browser logs no uncaught error
    await expect(first).rejects.toThrow(/stopped unexpectedly \(Out of memory\).*too large/);
    expect(w1.terminated).toBe(true);
    expect(client.busy).toBe(false);

    const second = client.run(request);
    expect(FakeWorker.made).toHaveLength(2);
    const w2 = FakeWorker.made[1]!;
    w2.reply({ id: w2.posted[0]!.id, type: 'done', result });
    await expect(second).resolves.toEqual(result);
  });

  it('an unreadable reply is reported, not left hanging', async () => {
    const client = new SimWorkerClient();
    const run = client.run(request);
    FakeWorker.made[0]!.onmessageerror?.();
    await expect(run).rejects.toThrow(/could not read/);
  });

  it('cancel terminates the worker and rejects with SimCancelledError; a newer run supersedes an older one', async () => {
    const client = new SimWorkerClient();
    const a = client.run(request);
    const b = client.run(request);
    await expect(a).rejects.toBeInstanceOf(SimCancelledError);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    client.cancel();
    await expect(b).rejects.toThrow('cancelled');
    expect(FakeWorker.made[1]!.terminated).toBe(true);
  });

  it('ignores stale replies from an earlier run and passes progress through', async () => {
    const client = new SimWorkerClient();
    const seen: number[] = [];
    const run = client.run(request, (done) => seen.push(done));
    const w = FakeWorker.made[0]!;
    const id = w.posted[0]!.id;
    w.reply({ id: id - 1, type: 'done', result: { ...result, shots: 999 } });
    w.reply({ id, type: 'progress', done: 3, total: 10 });
    w.reply({ id, type: 'error', message: 'The circuit needs more memory than this device allows.' });
    await expect(run).rejects.toThrow('more memory');
    expect(seen).toEqual([3]);
  });
});
