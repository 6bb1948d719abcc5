// Mistake: charges the compile-and-load overhead on every shot instead of once per circuit.
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const total = shots.reduce((a, b) => a + b, 0);
  return total * ((perShot.resetUs + perShot.circuitUs + perShot.readoutUs) * 1e-6 + overheadMs * 1e-3);
}
