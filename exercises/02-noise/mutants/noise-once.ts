// Mistake: runs the whole circuit, then applies the noise once on every qubit.
import { applyGate, applyKraus, zeroDensity, type DensityMatrix, type Gate, type Mat2 } from '../density';
export { bitFlipKraus, depolarizingKraus, qiskitLambdaToP, amplitudeDampingKraus, applyReadoutError, mitigateReadout } from '../solution/noise';
export function runNoisy(n: number, gates: Gate[], channel: Mat2[]): DensityMatrix {
  let rho = zeroDensity(n);
  for (const g of gates) rho = applyGate(rho, g);
  for (let q = 0; q < n; q++) rho = applyKraus(rho, q, channel);
  return rho;
}
