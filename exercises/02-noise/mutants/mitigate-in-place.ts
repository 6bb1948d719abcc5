// Mistake: clips and renormalises in the caller's measured array (it works on the input, not on a copy).
import { mitigateReadout as correct } from '../solution/noise';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, runNoisy, applyReadoutError } from '../solution/noise';
export function mitigateReadout(measured: number[], p01: number[], p10: number[]): number[] {
  const result = correct(measured, p01, p10);
  for (let k = 0; k < measured.length; k++) measured[k] = result[k]!;
  return measured;
}
