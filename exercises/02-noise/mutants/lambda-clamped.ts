// Mistake: assumes λ ≤ 1 and clamps p at 3/4 ("fully mixed"), though Qiskit allows λ up to 4/3 (p = 1).
export { bitFlipKraus, depolarizingKraus, amplitudeDampingKraus, runNoisy, applyReadoutError, mitigateReadout } from '../solution/noise';
export function qiskitLambdaToP(lambda: number): number {
  return Math.min(0.75, (3 * lambda) / 4);
}
