// Mistake: converts the per-shot microseconds with 1e-3 (as if they were milliseconds).
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const total = shots.reduce((a, b) => a + b, 0);
  return total * (perShot.resetUs + perShot.circuitUs + perShot.readoutUs) * 1e-3 + shots.length * overheadMs * 1e-3;
}
