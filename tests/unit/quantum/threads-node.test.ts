// The Node thread pool against the single-thread engine: same circuits, same states to 1e-12. Sizes sit at the
// thread threshold so the test stays in the tens of milliseconds while still splitting real work across threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, runCircuit, type Circuit, type GateOp, GATE_NAMES, GATES } from '../../../src/lib/quantum';
import { createSharedZeroState, createThreadPool, THREAD_MIN_QUBITS, type ThreadPool } from '../../../src/lib/quantum/threads-node';
import { timeLayer } from '../../../src/lib/state-space/benchmark';
import { maxAmpDiff } from './helpers';

function randomCircuit(n: number, gates: number, seed: number): Circuit {
  const rng = createRng(seed);
  const ops: GateOp[] = [];
  for (let k = 0; k < gates; k++) {
    const gate = GATE_NAMES[Math.floor(rng() * GATE_NAMES.length)]!;
    const pool = Array.from({ length: n }, (_, i) => i).sort(() => rng() - 0.5);
    ops.push({ gate, wires: pool.slice(0, GATES[gate].qubits), params: Array.from({ length: GATES[gate].params }, () => rng() * 6) });
  }
  return { numQubits: n, ops };
}

describe('thread pool (Node worker_threads)', () => {
  let pool: ThreadPool;
  beforeAll(async () => {
    pool = await createThreadPool(3);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('gives the single-thread state on random circuits of every gate, above and below the threshold', () => {
    for (const [n, seed] of [[THREAD_MIN_QUBITS, 1], [THREAD_MIN_QUBITS + 1, 2], [5, 3]] as const) {
      const c = randomCircuit(n, 60, seed);
      const got = pool.run(c);
      expect(got.re.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(maxAmpDiff(got, runCircuit(c))).toBeLessThan(1e-12);
    }
  });

  it('starts from a given shared state and validates like runCircuit', () => {
    const n = THREAD_MIN_QUBITS;
    const first = randomCircuit(n, 20, 4);
    const second = randomCircuit(n, 20, 5);
    const s = pool.run(second, { initial: pool.run(first) });
    expect(maxAmpDiff(s, runCircuit(second, { initial: runCircuit(first) }))).toBeLessThan(1e-12);
    expect(() => pool.run({ numQubits: 2, ops: [{ gate: 'h', wires: [3] }] })).toThrow();
    expect(() => pool.run(first, { initial: createSharedZeroState(n - 1) })).toThrow(/qubits/);
  });

  it('reports progress in batches that rise to every gate, and the same state as without progress', () => {
    // 16 qubits: a batch is 2^24 / 2^16 = 256 steps, so a 600-gate circuit fuses into several batches.
    const c = randomCircuit(16, 600, 6);
    const seen: [number, number][] = [];
    const s = pool.run(c, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every(([, total]) => total === c.ops.length)).toBe(true);
    expect(seen.every(([done], k) => k === 0 || done > seen[k - 1]![0])).toBe(true);
    expect(seen[seen.length - 1]![0]).toBe(c.ops.length);
    expect(maxAmpDiff(s, runCircuit(c))).toBeLessThan(1e-12);
  });

  it('lets the state-space wall time a layer on the pool and say how many cores it used', () => {
    const t = timeLayer(THREAD_MIN_QUBITS, { fused: true, pool, minMs: 1 });
    expect(t).toMatchObject({ n: THREAD_MIN_QUBITS, engine: 'fused', cores: 3 });
    // Below the threshold, or unfused, the pool is not used and the wall must say one core.
    expect(timeLayer(THREAD_MIN_QUBITS - 1, { fused: true, pool, minMs: 1 }).cores).toBe(1);
    expect(timeLayer(THREAD_MIN_QUBITS, { pool, minMs: 1 }).cores).toBe(1);
  });
});
