/**
 * The island's experiment: for each qubit count, draw many random circuits, compute ∂⟨O⟩/∂θ_1 exactly by parameter
 * shift, and take the variance over the draws.
 */
import { createRng } from '../quantum';
import { globalZ, localZZ, parameterShift } from './gradient';
import { layersFor, randomHardwareEfficient } from './random-circuit';
import { mean, sampleVariance, varianceStandardError } from './variance';

export type CostKind = 'local' | 'global';

export interface SweepOptions {
  sizes: readonly number[];
  draws: number;
  layersPerQubit: number;
  cost: CostKind;
  seed: number;
  /** Called after every draw with the fraction of the whole sweep done; return false to stop. */
  onProgress?: (fraction: number) => boolean | void;
}

export interface SweepPoint {
  n: number;
  layers: number;
  draws: number;
  meanGradient: number;
  variance: number;
  varianceError: number;
}

export function gradientsAt(n: number, draws: number, layers: number, cost: CostKind, seed: number, tick?: () => boolean | void): Float64Array | null {
  const rng = createRng(seed * 1009 + n);
  const pauli = cost === 'local' ? localZZ(n) : globalZ(n);
  const out = new Float64Array(draws);
  for (let d = 0; d < draws; d++) {
    const { circuit, opIndex } = randomHardwareEfficient(n, layers, rng);
    out[d] = parameterShift(circuit, opIndex[0]!, pauli);
    if (tick && tick() === false) return null;
  }
  return out;
}

/** Runs the whole sweep; returns the points done so far if onProgress asks to stop. */
export function gradientVarianceSweep(o: SweepOptions): SweepPoint[] {
  const weights = o.sizes.map((n) => 2 ** n * layersFor(n, o.layersPerQubit) * n);
  const total = weights.reduce((a, b) => a + b, 0) * o.draws;
  let done = 0;
  const points: SweepPoint[] = [];
  for (let i = 0; i < o.sizes.length; i++) {
    const n = o.sizes[i]!;
    const layers = layersFor(n, o.layersPerQubit);
    const grads = gradientsAt(n, o.draws, layers, o.cost, o.seed, () => {
      done += weights[i]!;
      return o.onProgress?.(done / total);
    });
    if (!grads) break;
    points.push({ n, layers, draws: o.draws, meanGradient: mean(grads), variance: sampleVariance(grads), varianceError: varianceStandardError(grads) });
  }
  return points;
}
