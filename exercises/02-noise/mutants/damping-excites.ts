// Mistake: puts √γ in the wrong corner of K1, so the channel pumps |0⟩ up to |1⟩ instead of letting |1⟩ decay.
import type { Mat2 } from '../solution/noise';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, runNoisy, applyReadoutError, mitigateReadout } from '../solution/noise';
export function amplitudeDampingKraus(gamma: number): Mat2[] {
  return [
    [[[Math.sqrt(1 - gamma), 0], [0, 0]], [[0, 0], [1, 0]]],
    [[[0, 0], [0, 0]], [[Math.sqrt(gamma), 0], [0, 0]]],
  ];
}
