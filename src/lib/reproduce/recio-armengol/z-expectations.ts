/**
 * Every Pauli-Z expectation of a distribution or a sample set at once, by one Walsh–Hadamard transform:
 * ⟨Z_s⟩ = Σ_x p(x)·(−1)^{popcount(s & x)}, for all 2ⁿ strings s.
 */
import { walshHadamardInPlace } from '../../quantum/walsh-hadamard';

export function zExpectationsOfDistribution(p: ArrayLike<number>): Float64Array {
  return walshHadamardInPlace(Float64Array.from(p));
}

/** Sample means of Z_s over bitstrings given as integers (bit q = qubit q). */
export function zExpectationsOfSamples(samples: ArrayLike<number>, n: number): Float64Array {
  if (samples.length === 0) throw new Error('zExpectationsOfSamples: no samples');
  const h = new Float64Array(1 << n);
  for (let i = 0; i < samples.length; i++) h[samples[i]!]! += 1 / samples.length;
  return walshHadamardInPlace(h);
}
