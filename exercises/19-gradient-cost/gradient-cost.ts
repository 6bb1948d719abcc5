/**
 * What one parameter-shift gradient costs on a quantum device: circuits, shots and seconds.
 * Grade it with:  npm run grade -- 19
 */
export interface Model {
  /** Trainable rotation angles P (whole number ≥ 1). */
  params: number;
  /** Shots per circuit N (whole number ≥ 1). */
  shots: number;
  /** Also run the unshifted circuit once to estimate the loss. */
  includeLoss: boolean;
}
export interface Device {
  /** Shots (circuit repetitions) per second, > 0. */
  shotsPerSecond: number;
  /** Seconds paid once per circuit, whatever its number of shots (≥ 0). */
  overheadPerCircuit: number;
}
export interface GradientCost { circuits: number; shots: number; seconds: number }

/** The cost of one gradient of `model` on `device`. */
export function gradientCost(model: Model, device: Device): GradientCost {
  throw new Error('gradientCost is not written yet');
}
