// Mistake: applies the crossing formula whatever the base; for b < 1 the crossing is negative and is clamped to 1,
// though a variance that grows with n never falls below the threshold.
export { fitDecay } from '../solution/plateau-decay';
import type { DecayFit } from '../solution/plateau-decay';
export function qubitsBelow(fit: DecayFit, threshold: number): number {
  const crossing = Math.log(fit.amplitude / threshold) / Math.log(fit.base);
  return Math.max(1, Math.floor(crossing) + 1);
}
