/**
 * MMD² as a weighted sum over Z-strings (see kernel-weights.ts), with the two estimators the paper uses
 * (iqpopt, src/iqpopt/gen_qml/iqp_methods.py, loss_estimate_iqp; sample_methods.py for sample sets):
 * - a term known exactly (a model's ⟨Z_s⟩) enters as a²;
 * - a term from m samples enters as the unbiased (m·mean² − 1)/(m − 1), since Z_s² = 1, so that the estimate's
 *   expectation over data sets is the true MMD² (and it can come out slightly negative, as in the paper's table).
 */

/** One side of the comparison: exact expectations, or the means of a sample set and its size. */
export interface ZSide {
  z: ArrayLike<number>;
  /** Number of samples behind z; null when z is exact. */
  count: number | null;
}

const square = (side: ZSide, s: number): number => {
  const a = side.z[s]!;
  return side.count === null ? a * a : (side.count * a * a - 1) / (side.count - 1);
};

/** Σ_s λ_s [sq(A_s) − 2·A_s·B_s + sq(B_s)], the empty string included (it contributes 0 either way). */
export function mmdFromZ(a: ZSide, b: ZSide, weights: ArrayLike<number>): number {
  if (a.count !== null && a.count < 2) throw new Error('mmdFromZ: a sample set needs at least 2 samples');
  if (b.count !== null && b.count < 2) throw new Error('mmdFromZ: a sample set needs at least 2 samples');
  let sum = 0;
  for (let s = 0; s < weights.length; s++) sum += weights[s]! * (square(a, s) - 2 * a.z[s]! * b.z[s]! + square(b, s));
  return sum;
}
