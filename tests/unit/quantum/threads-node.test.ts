// The Node thread pool against the single-thread engine: same circuits, same states to 1e-12. Sizes sit at the
// thread threshold so the test stays in the tens of milliseconds while still splitting real work across threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, runCircuit, type Circuit, type GateOp, GATE_NAMES, GATES } from '../../../src/lib/quantum';
import { createSharedZeroState, createThreadPool, THREAD_MIN_QUBITS, type ThreadPool } from '../../../src/lib/quantum/threads-node';
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
});
