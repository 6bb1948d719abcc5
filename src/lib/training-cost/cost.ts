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

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** v as "a.bc × 10ⁿ". */
export function scientific(v: number): string {
  if (v === 0 || !Number.isFinite(v)) return String(v);
  const e = Math.floor(Math.log10(Math.abs(v)));
  const exp = String(e).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
  return `${(v / 10 ** e).toFixed(2)} × 10${exp}`;
}

/** A count with thousands separators, or in scientific notation from a billion up. */
export function formatCount(v: number): string {
  if (!Number.isFinite(v)) return '∞';
  return Math.abs(v) < 1e9 ? Math.round(v).toLocaleString('en') : scientific(v);
}

/** A duration in words, from microseconds to years. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '∞';
  if (s < 1e-3) return `${(s * 1e6).toPrecision(3)} µs`;
  if (s < 1) return `${(s * 1e3).toPrecision(3)} ms`;
  if (s < 120) return `${s.toPrecision(3)} s`;
  if (s < 7200) return `${(s / 60).toPrecision(3)} min`;
  if (s < 172_800) return `${(s / 3600).toPrecision(3)} h`;
  if (s < 2 * 31_557_600) return `${(s / 86_400).toPrecision(3)} days`;
  const years = s / 31_557_600;
  if (years < 1000) return `${years.toPrecision(3)} years`;
  return years < 1e6 ? `${Math.round(years).toLocaleString('en')} years` : `${scientific(years)} years`;
}
