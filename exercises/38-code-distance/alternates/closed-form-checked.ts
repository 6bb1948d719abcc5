// Correct, another way: solve Λ^k ≥ ε₇/target for the steps k beyond distance 7 with logarithms, then settle the
// answer against the model itself (rounding can be off by one step), and handle Λ ≤ 1 and the 1001 limit first.
import type { QecModel } from '../solution/code-distance';

export function logicalErrorPerCycle(d: number, { errorAt7, lambda }: QecModel): number {
  return errorAt7 * Math.pow(lambda, (7 - d) / 2);
}

export function codeDistance(target: number, qec: QecModel): number | null {
  const meets = (d: number) => logicalErrorPerCycle(d, qec) <= target;
  if (meets(3)) return 3;
  if (qec.lambda <= 1) return null;
  let d = Math.max(3, 7 + 2 * Math.ceil(Math.log(qec.errorAt7 / target) / Math.log(qec.lambda)));
  if (d > 1003) return null;
  while (d > 3 && meets(d - 2)) d -= 2;
  while (!meets(d)) d += 2;
  return d > 1001 ? null : d;
}
