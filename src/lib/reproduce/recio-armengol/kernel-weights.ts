/**
 * The Gaussian kernel on bitstrings, k(x, y) = exp(−|x − y|²/(2σ²)) with |x − y|² the number of differing bits
 * (iqpopt, src/iqpopt/gen_qml/utils.py, gaussian_kernel), factorises over bits: per bit it is 1 when the bits agree
 * and q = e^{−1/(2σ²)} when they differ, i.e. (1+q)/2 + (1−q)/2·z·z' with z = ±1. Multiplying out over n bits,
 *   k(x, y) = Σ_s λ_s Z_s(x) Z_s(y),   λ_s = (1 − p)^{n−|s|} p^{|s|},   p = (1 − e^{−1/(2σ²)})/2,
 * so MMD²(P, Q) = Σ_s λ_s (⟨Z_s⟩_P − ⟨Z_s⟩_Q)². The λ_s sum to 1: they are the probabilities of drawing s bit by bit
 * with probability p, which is how the paper samples operators (gen_qml/iqp_methods.py, mmd_loss_iqp, p_MMD).
 */
export function operatorProbability(sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error(`The bandwidth σ must be a positive number, got ${sigma}`);
  return (1 - Math.exp(-1 / (2 * sigma * sigma))) / 2;
}

/** λ_s for every Z-string s on n bits, averaged over the bandwidths given (the paper trains on the mean of two). */
export function kernelWeights(n: number, sigmas: readonly number[]): Float64Array {
  if (sigmas.length === 0) throw new Error('kernelWeights: give at least one bandwidth');
  const size = 1 << n;
  const out = new Float64Array(size);
  for (const sigma of sigmas) {
    const p = operatorProbability(sigma);
    const byWeight = Array.from({ length: n + 1 }, (_, w) => (1 - p) ** (n - w) * p ** w / sigmas.length);
    for (let s = 0; s < size; s++) {
      let w = 0;
      for (let t = s; t; t &= t - 1) w++;
      out[s]! += byWeight[w]!;
    }
  }
  return out;
}
