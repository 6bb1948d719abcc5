// Mistake: steps the distance by 1, so it can return an even distance, which the surface code does not have.
import { logicalErrorPerCycle, type QecModel } from '../solution/code-distance';
export { logicalErrorPerCycle };
export function codeDistance(target: number, qec: QecModel): number | null {
  for (let d = 3; d <= 1001; d++) if (logicalErrorPerCycle(d, qec) <= target) return d;
  return null;
}
