export interface PerShot {
  resetUs: number;
  circuitUs: number;
  readoutUs: number;
}

export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const secondsPerShot = (perShot.resetUs + perShot.circuitUs + perShot.readoutUs) * 1e-6;
  const totalShots = shots.reduce((sum, count) => sum + count, 0);
  return totalShots * secondsPerShot + shots.length * overheadMs * 1e-3;
}
