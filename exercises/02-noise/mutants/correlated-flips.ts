// Mistake: one coin decides for all qubits at once, so the qubits' errors are correlated.
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, mitigateReadout } from '../solution/noise';
export function applyReadoutError(probs: ArrayLike<number>, p01: number[], _p10: number[]): Float64Array {
  const q = p01[0]!;
  const all = probs.length - 1;
  return Float64Array.from(probs, (p, k) => (1 - q) * p + q * probs[k ^ all]!);
}
