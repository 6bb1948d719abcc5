/**
 * What a gradient costs on quantum hardware with the parameter-shift rule. Each of P parameters needs the circuit
 * run at θ_k + π/2 and at θ_k − π/2, and each run is N shots; an estimate of the loss itself (to watch training)
 * adds one more run. Liu & Wang (2018) count 279 × N × 2 + 1 measurements per gradient for their 279-parameter
 * circuit; here the loss run is counted in shots, as the island's checkbox says.
 */
export interface ShiftCostInput {
  /** Trainable parameters P. */
  params: number;
  /** Shots per circuit N. */
  shots: number;
  /** Optimisation steps S (one gradient each). */
  steps: number;
  /** Also run the unshifted circuit once per step to estimate the loss. */
  includeLoss?: boolean;
}

export interface ShiftCost {
  circuitsPerGradient: number;
  shotsPerGradient: number;
  totalCircuits: number;
  totalShots: number;
}

function checkCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${v}`);
}

export function parameterShiftCost({ params, shots, steps, includeLoss = false }: ShiftCostInput): ShiftCost {
  checkCount('params', params);
  checkCount('shots', shots);
  checkCount('steps', steps);
  const circuitsPerGradient = 2 * params + (includeLoss ? 1 : 0);
  const shotsPerGradient = circuitsPerGradient * shots;
  return { circuitsPerGradient, shotsPerGradient, totalCircuits: circuitsPerGradient * steps, totalShots: shotsPerGradient * steps };
}

/** Seconds of device time for `shots` at `perSecond`, before any queue or compile overhead. */
export function deviceSeconds(shots: number, perSecond: number): number {
  if (!(perSecond > 0)) throw new Error(`shot rate must be positive, got ${perSecond}`);
  if (!(shots >= 0)) throw new Error(`shots must be ≥ 0, got ${shots}`);
  return shots / perSecond;
}

/**
 * Classical simulation: parameter shift costs 2P forward passes per gradient, reverse mode (backpropagation, or the
 * adjoint method for circuits) a small constant number `adjointPasses` of passes whatever P is.
 */
export function simulatorGradientSeconds(forwardSeconds: number, params: number, adjointPasses: number): { shift: number; adjoint: number } {
  checkCount('params', params);
  return { shift: 2 * params * forwardSeconds, adjoint: adjointPasses * forwardSeconds };
}

// Counts, powers of ten and durations are written by the course's one number formatter.
export { scientific, formatCount, formatSeconds } from '../format/number';
