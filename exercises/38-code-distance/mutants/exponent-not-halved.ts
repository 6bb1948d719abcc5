// Mistake: divides by Λ for every unit of distance (exponent d − 7), not for every step of 2.
import type { QecModel } from '../solution/code-distance';
export function logicalErrorPerCycle(d: number, qec: QecModel): number {
  return qec.errorAt7 / qec.lambda ** (d - 7);
}
export function codeDistance(target: number, qec: QecModel): number | null {
  for (let d = 3; d <= 1001; d += 2) if (logicalErrorPerCycle(d, qec) <= target) return d;
  return null;
}
