/**
 * Readout error and its mitigation. Each qubit is misread independently: a true 0 is reported as 1 with probability
 * p01 and a true 1 as 0 with probability p10 (asymmetric: relaxation during a long readout makes 1→0 the likelier
 * slip). The whole confusion matrix is then the tensor product of n 2x2 matrices, so it is applied, and inverted, one
 * qubit at a time in O(n·2^n) rather than as a 2^n x 2^n matrix.
 */
export interface ReadoutError {
  /** P(read 1 | true 0) */
  p01: number;
  /** P(read 0 | true 1) */
  p10: number;
}

/** Columns are the true bit, rows the reported bit: [[P(0|0), P(0|1)], [P(1|0), P(1|1)]]. */
export function confusionMatrix({ p01, p10 }: ReadoutError): [[number, number], [number, number]] {
  return [[1 - p01, p10], [p01, 1 - p10]];
}

function checkReadout(e: ReadoutError): void {
  for (const [k, v] of Object.entries(e)) {
    if (!(v >= 0 && v < 0.5)) throw new RangeError(`Readout error ${k} must be in [0, 0.5); got ${v}.`);
  }
}

/** Multiplies the probability vector by m on every qubit's bit (m acts on the bit, rows = output, columns = input). */
function applyPerQubit(p: ArrayLike<number>, numQubits: number, m: (q: number) => [[number, number], [number, number]]): Float64Array {
  const out = Float64Array.from(p);
  for (let q = 0; q < numQubits; q++) {
    const bit = 1 << q;
    const [[a, b], [c, d]] = m(q);
    for (let i = 0; i < out.length; i++) {
      if (i & bit) continue;
      const x0 = out[i]!;
      const x1 = out[i | bit]!;
      out[i] = a * x0 + b * x1;
      out[i | bit] = c * x0 + d * x1;
    }
  }
  return out;
}

/** The reported distribution, given the true one and each qubit's readout error (one entry per qubit). */
export function applyReadoutError(p: ArrayLike<number>, errors: readonly ReadoutError[]): Float64Array {
  errors.forEach(checkReadout);
  return applyPerQubit(p, errors.length, (q) => confusionMatrix(errors[q]!));
}

/**
 * Readout mitigation: apply the inverse of each qubit's confusion matrix, then repair what the inverse does to noisy
 * frequencies (it can give negative "probabilities"): clip at zero and renormalise. Exact when given the exact noisy
 * distribution; with finite shots it removes the bias but amplifies the shot noise by up to 1/(1 − p01 − p10) per qubit.
 */
export function mitigateReadout(measured: ArrayLike<number>, errors: readonly ReadoutError[]): Float64Array {
  errors.forEach(checkReadout);
  const raw = applyPerQubit(measured, errors.length, (q) => {
    const [[a, b], [c, d]] = confusionMatrix(errors[q]!);
    const det = a * d - b * c;
    return [[d / det, -b / det], [-c / det, a / det]];
  });
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    raw[i] = Math.max(0, raw[i]!);
    total += raw[i]!;
  }
  if (total > 0) for (let i = 0; i < raw.length; i++) raw[i]! /= total;
  return raw;
}
