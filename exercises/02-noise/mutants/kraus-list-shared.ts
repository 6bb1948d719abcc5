// Mistake: keeps one module-level list for amplitude damping and rewrites its entries on every call, so a channel a
// caller built earlier changes when they build another with a different γ.
import type { Mat2 } from '../density';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, runNoisy, applyReadoutError, mitigateReadout } from '../solution/noise';
const damping: Mat2[] = [
  [[[1, 0], [0, 0]], [[0, 0], [1, 0]]],
  [[[0, 0], [0, 0]], [[0, 0], [0, 0]]],
];
export function amplitudeDampingKraus(gamma: number): Mat2[] {
  damping[0]![1]![1]![0] = Math.sqrt(1 - gamma);
  damping[1]![0]![1]![0] = Math.sqrt(gamma);
  return damping;
}
