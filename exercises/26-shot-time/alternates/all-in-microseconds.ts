// Correct, another way: adds everything up circuit by circuit in microseconds and converts to seconds once at the end.
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  let us = 0;
  for (const n of shots) us += overheadMs * 1000 + n * (perShot.resetUs + perShot.circuitUs + perShot.readoutUs);
  return us / 1e6;
}
