// Mistake: ⌊ln(A/t)/ln b⌋ is the last qubit count still at or above the threshold, one short of the answer.
export { fitDecay } from '../solution/plateau-decay';
import type { DecayFit } from '../solution/plateau-decay';
export function qubitsBelow(fit: DecayFit, threshold: number): number {
  if (fit.amplitude / fit.base < threshold) return 1;
  if (fit.base <= 1) return Infinity;
  return Math.floor(Math.log(fit.amplitude / threshold) / Math.log(fit.base));
}
