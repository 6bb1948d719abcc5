// Mistake: writes depolarizing with Qiskit's λ where PennyLane's p belongs (weights p/4 instead of p/3).
import type { Mat2 } from '../solution/noise';
export { bitFlipKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, applyReadoutError, mitigateReadout } from '../solution/noise';
export function depolarizingKraus(p: number): Mat2[] {
  const s = Math.sqrt(p / 4);
  const a = Math.sqrt(1 - (3 * p) / 4);
  return [
    [[[a, 0], [0, 0]], [[0, 0], [a, 0]]],
    [[[0, 0], [s, 0]], [[s, 0], [0, 0]]],
    [[[0, 0], [0, -s]], [[0, s], [0, 0]]],
    [[[s, 0], [0, 0]], [[0, 0], [-s, 0]]],
  ];
}
