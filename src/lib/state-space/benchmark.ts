import { applyFused, applyGate, createRng, createZeroState, fuseCircuit, validateCircuit } from '../quantum';
import { createSharedZeroState, THREAD_MIN_QUBITS, type ThreadPool } from '../quantum/thread-pool';
import { layerCircuit, type LayerKind } from './layer';

export interface LayerTiming {
  n: number;
  /** Milliseconds per layer, averaged over `reps` repetitions. */
  msPerLayer: number;
  reps: number;
  gates: number;
  /** Bytes actually allocated for the state: re.byteLength + im.byteLength. */
  stateBytes: number;
  /** 'fused': the layer was fused once into fewer passes (src/lib/quantum/fuse.ts); 'gates': one pass per gate. */
  engine: 'gates' | 'fused';
  /** CPU cores the run used: the pool's threads when one was given and the state is big enough, else 1. */
  cores: number;
}

export interface TimeLayerOptions {
  kind?: LayerKind;
  /** Repeat the layer until at least this many ms have passed, so coarse browser timers still give a usable mean. */
  minMs?: number;
  maxReps?: number;
  seed?: number;
  now?: () => number;
  /** Called after each gate (each fused step) of the first repetition (fraction done, 0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
  /** Fuse the layer once and time the fused passes (what the lessons run) instead of one pass per gate. */
  fused?: boolean;
  /** Split each fused pass over these threads (from THREAD_MIN_QUBITS up; below, threads cost more than they save). */
  pool?: ThreadPool | null;
}

/**
 * Simulates one layer on n qubits with the course engine, repeatedly, and reports the mean time per layer.
 * Browsers round performance.now() (to 0.1 ms or coarser), hence the minimum total duration.
 */
export function timeLayer(n: number, opts: TimeLayerOptions = {}): LayerTiming {
  const { kind = 'h-cx', minMs = 40, maxReps = 100_000, seed = 7, onProgress, fused = false } = opts;
  const now = opts.now ?? (() => performance.now());
  const circuit = layerCircuit(n, kind, createRng(seed));
  const problems = validateCircuit(circuit);
  if (problems.length) throw new Error(problems.join('; '));
  const pool = fused && opts.pool && opts.pool.threads > 1 && n >= THREAD_MIN_QUBITS ? opts.pool : null;
  const state = pool ? createSharedZeroState(n) : createZeroState(n);
  const total = circuit.ops.length;
  // Fusing is done once, outside the timing, as a lesson that repeats a layer would do. The pool needs every step
  // as a block (no per-gate kernels), which is what blocksOnly gives.
  const program = fused ? fuseCircuit(circuit, { blocksOnly: pool !== null }) : null;
  const progress = (done: number) => onProgress?.(done / total);
  const start = now();
  let reps = 0;
  let elapsed = 0;
  do {
    if (program && pool) pool.apply(state, program, reps === 0 ? progress : undefined);
    else if (program) applyFused(state, program, reps === 0 ? progress : undefined);
    else {
      for (let g = 0; g < total; g++) {
        applyGate(state, circuit.ops[g]!);
        if (reps === 0) progress(g + 1);
      }
    }
    reps++;
    elapsed = now() - start;
  } while (elapsed < minMs && reps < maxReps);
  return {
    n, msPerLayer: elapsed / reps, reps, gates: total, stateBytes: state.re.byteLength + state.im.byteLength,
    engine: program ? 'fused' : 'gates', cores: pool ? pool.threads : 1,
  };
}
