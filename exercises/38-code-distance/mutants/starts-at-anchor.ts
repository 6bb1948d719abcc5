// Mistake: starts the search at d = 7, where the model is anchored, so loose targets get 7 instead of 3 or 5.
import { logicalErrorPerCycle, type QecModel } from '../solution/code-distance';
export { logicalErrorPerCycle };
export function codeDistance(target: number, qec: QecModel): number | null {
  for (let d = 7; d <= 1001; d += 2) if (logicalErrorPerCycle(d, qec) <= target) return d;
  return null;
}
