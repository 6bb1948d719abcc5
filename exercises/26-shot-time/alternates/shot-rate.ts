// Correct, another way: goes through the shot rate (shots per second) that the lesson's table quotes, circuit by circuit.
import type { PerShot } from '../solution/shot-time';
export function jobSeconds(shots: number[], perShot: PerShot, overheadMs: number): number {
  const usPerShot = perShot.resetUs + perShot.circuitUs + perShot.readoutUs;
  const perCircuit = shots.map((n) => (usPerShot === 0 ? 0 : n / (1e6 / usPerShot)) + overheadMs / 1000);
  return perCircuit.reduce((a, b) => a + b, 0);
}
