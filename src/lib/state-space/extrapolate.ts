import { fitExponential, predictExponential, type ExponentialFit } from './fit';
import { gatesPerLayer, type LayerKind } from './layer';
import { stateVectorBytes } from './memory';
import type { LayerTiming } from './benchmark';

/** Below this size a layer takes microseconds and fixed overheads, not the 2^n sweep, dominate the timing. */
export const FIT_MIN_QUBITS = 10;
export const FIT_MIN_POINTS = 3;

/**
 * Fits the time per gate (layer time / gates in the layer) to A · b^n, using the measurements with n ≥
 * FIT_MIN_QUBITS. Per gate, because a layer's gate count itself grows with n; the sweep over 2^n amplitudes is
 * what should double with each qubit. Returns null until there are enough points.
 */
export function fitPerGate(timings: readonly LayerTiming[]): ExponentialFit | null {
  const pts = timings.filter((t) => t.n >= FIT_MIN_QUBITS).map((t) => ({ n: t.n, t: t.msPerLayer / t.gates }));
  if (pts.length < FIT_MIN_POINTS) return null;
  return fitExponential(pts);
}

export interface Extrapolation {
  n: number;
  /** Predicted ms for one layer on this device, had it the memory. */
  msPerLayer: number;
  bytes: number;
  /** What one measurement of n qubits returns. */
  bitsPerShot: number;
}

export function extrapolateLayer(fit: ExponentialFit, n: number, kind: LayerKind): Extrapolation {
  return { n, msPerLayer: gatesPerLayer(n, kind) * predictExponential(fit, n), bytes: stateVectorBytes(n), bitsPerShot: n };
}

/** Human-scale duration for a number of milliseconds (ns up to years), by the course's one number formatter. */
export { formatMilliseconds as formatDuration } from '../format/number';

/**
 * The physics-only estimate: per-gate time exactly doubles with each qubit (every gate sweeps 2^n amplitudes),
 * anchored at the largest measurement. Less sensitive to a noisy fit than the fitted base.
 */
export function extrapolateByDoubling(last: LayerTiming, n: number, kind: LayerKind): number {
  return gatesPerLayer(n, kind) * (last.msPerLayer / last.gates) * 2 ** (n - last.n);
}
