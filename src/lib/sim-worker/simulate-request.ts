import { createRng, probabilities, runCircuit, sampleIndices, type Circuit, type StateVector } from '../quantum';
import type { ResultRow, SimRequest, SimResult } from './protocol';
import { topIndices } from './top-indices';

/**
 * Everything behind the playground's results, shared by the main thread (small circuits) and the worker (large ones),
 * so both give the same numbers for the same seed.
 */
/** How the state is computed: today's kernels by default; the worker passes the fused path (../quantum/fuse). */
export type RunState = (c: Circuit, opts: { onProgress?: (done: number, total: number) => void }) => StateVector;

export function simulateRequest(
  req: Omit<SimRequest, 'id'>, onProgress?: (done: number, total: number) => void, run: RunState = runCircuit, threads = 1,
): SimResult {
  // The main thread runs at most 12 qubits, where fusion uses today's kernels anyway, so it need not ship the fused
  // path; the worker, which runs the large circuits, passes runFused (same state to 1e-12, fewer passes from 14 up),
  // or its thread pool's run where the page may share memory (`threads` then says how many it used).
  let state: StateVector | null = run(req.circuit, { onProgress });
  const probs = probabilities(state);
  const complete = probs.length <= req.maxRows;
  const indices = complete ? Array.from(probs.keys()) : topIndices(probs, req.maxRows);
  const rows: ResultRow[] = indices.map((index) => ({ index, re: state!.re[index]!, im: state!.im[index]!, p: probs[index]!, shots: 0 }));
  // At 24 qubits the state is 256 MiB: let it go before the sampler allocates its own tables.
  state = null;
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  let otherShots = 0;
  for (const k of sampleIndices(probs, req.shots, createRng(req.seed))) {
    const row = byIndex.get(k);
    if (row) row.shots++;
    else otherShots++;
  }
  const shown = rows.reduce((s, r) => s + r.p, 0);
  return {
    numQubits: req.circuit.numQubits,
    rows,
    totalStates: probs.length,
    shots: req.shots,
    complete,
    otherProbability: Math.max(0, 1 - shown),
    otherShots,
    threads,
  };
}
