// Mistake: passes Qiskit's λ through unchanged, as if the two conventions were the same.
export { bitFlipKraus, depolarizingKraus, amplitudeDampingKraus, runNoisy, applyReadoutError, mitigateReadout } from '../solution/noise';
export function qiskitLambdaToP(lambda: number): number {
  return lambda;
}
