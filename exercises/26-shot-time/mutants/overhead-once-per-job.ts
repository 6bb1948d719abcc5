// Mistake: adds the overhead once for the whole job, although each distinct circuit is compiled and loaded separately.
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const total = shots.reduce((a, b) => a + b, 0);
  return total * (perShot.resetUs + perShot.circuitUs + perShot.readoutUs) * 1e-6 + (shots.length ? overheadMs * 1e-3 : 0);
}
