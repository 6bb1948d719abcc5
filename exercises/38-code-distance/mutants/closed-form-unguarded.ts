// Mistake: solves for d with logarithms and never checks Λ ≤ 1 or the largest distance, so above threshold it
// returns a number (or infinity) instead of null.
import { logicalErrorPerCycle, type QecModel } from '../solution/code-distance';
export { logicalErrorPerCycle };
export function codeDistance(target: number, qec: QecModel): number | null {
  const steps = Math.ceil(Math.log(qec.errorAt7 / target) / Math.log(qec.lambda));
  return Math.max(3, 7 + 2 * steps);
}
