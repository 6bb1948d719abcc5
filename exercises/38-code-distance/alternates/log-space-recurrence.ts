// Correct, another way: work with log10 of the error, which falls by log10(Λ) per step of 2 from ε₃ = ε₇·Λ², and
// compare it with log10(target); the error itself is 10 to that power.
import type { QecModel } from '../solution/code-distance';

const log10Error = (d: number, q: QecModel) => Math.log10(q.errorAt7) - ((d - 7) / 2) * Math.log10(q.lambda);

export function logicalErrorPerCycle(d: number, qec: QecModel): number {
  return 10 ** log10Error(d, qec);
}

export function codeDistance(target: number, qec: QecModel): number | null {
  const goal = Math.log10(target);
  for (let d = 3; d <= 1001; d += 2) {
    const gap = log10Error(d, qec) - goal;
    // log10 is only accurate to about 1e-15 absolute: decide near-ties with the error itself.
    if (gap < -1e-12 || (gap <= 1e-12 && qec.errorAt7 / qec.lambda ** ((d - 7) / 2) <= target)) return d;
  }
  return null;
}
