// Mistake: adds the overhead in milliseconds to a time in seconds, without dividing by 1000.
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const total = shots.reduce((a, b) => a + b, 0);
  return total * (perShot.resetUs + perShot.circuitUs + perShot.readoutUs) * 1e-6 + shots.length * overheadMs;
}
