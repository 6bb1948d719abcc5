import { applyGate, createRng, createZeroState, validateCircuit } from '../quantum';
import { layerCircuit, type LayerKind } from './layer';

export interface LayerTiming {
  n: number;
  /** Milliseconds per layer, averaged over `reps` repetitions. */
  msPerLayer: number;
  reps: number;
  gates: number;
  /** Bytes actually allocated for the state: re.byteLength + im.byteLength. */
  stateBytes: number;
}

export interface TimeLayerOptions {
  kind?: LayerKind;
  /** Repeat the layer until at least this many ms have passed, so coarse browser timers still give a usable mean. */
  minMs?: number;
  maxReps?: number;
  seed?: number;
  now?: () => number;
  /** Called after each gate of the first repetition (fraction done, 0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/**
 * Simulates one layer on n qubits with the course engine, repeatedly, and reports the mean time per layer.
 * Browsers round performance.now() (to 0.1 ms or coarser), hence the minimum total duration.
 */
export function timeLayer(n: number, opts: TimeLayerOptions = {}): LayerTiming {
  const { kind = 'h-cx', minMs = 40, maxReps = 100_000, seed = 7, onProgress } = opts;
  const now = opts.now ?? (() => performance.now());
  const circuit = layerCircuit(n, kind, createRng(seed));
  const problems = validateCircuit(circuit);
  if (problems.length) throw new Error(problems.join('; '));
  const state = createZeroState(n);
  const total = circuit.ops.length;
  const start = now();
  let reps = 0;
  let elapsed = 0;
  do {
    for (let g = 0; g < total; g++) {
      applyGate(state, circuit.ops[g]!);
      if (reps === 0 && onProgress) onProgress((g + 1) / total);
    }
    reps++;
    elapsed = now() - start;
  } while (elapsed < minMs && reps < maxReps);
  return { n, msPerLayer: elapsed / reps, reps, gates: total, stateBytes: state.re.byteLength + state.im.byteLength };
}
