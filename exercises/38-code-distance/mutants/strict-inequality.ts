// Mistake: asks for an error strictly below the target, so a distance that meets it exactly is passed over.
import { logicalErrorPerCycle, type QecModel } from '../solution/code-distance';
export { logicalErrorPerCycle };
export function codeDistance(target: number, qec: QecModel): number | null {
  for (let d = 3; d <= 1001; d += 2) if (logicalErrorPerCycle(d, qec) < target) return d;
  return null;
}
