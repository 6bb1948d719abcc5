import { createRng, probabilities, runFused, sampleIndices } from '../quantum';
import type { ResultRow, SimRequest, SimResult } from './protocol';
import { topIndices } from './top-indices';

/**
 * Everything behind the playground's results, shared by the main thread (small circuits) and the worker (large ones),
 * so both give the same numbers for the same seed.
 */
export function simulateRequest(req: Omit<SimRequest, 'id'>, onProgress?: (done: number, total: number) => void): SimResult {
  // Fused: from 14 qubits up, gates are merged into fewer passes (same state to 1e-12; below that, the same kernels).
  let state: ReturnType<typeof runFused> | null = runFused(req.circuit, { onProgress });
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
  };
}
