export interface QecModel {
  errorAt7: number;
  lambda: number;
}

export const WILLOW_2024: QecModel = { errorAt7: 1.43e-3, lambda: 2.14 };

export const MAX_DISTANCE = 1001;

export function logicalErrorPerCycle(d: number, qec: QecModel): number {
  return qec.errorAt7 / qec.lambda ** ((d - 7) / 2);
}

export function codeDistance(target: number, qec: QecModel): number | null {
  for (let d = 3; d <= MAX_DISTANCE; d += 2) {
    if (logicalErrorPerCycle(d, qec) <= target) return d;
  }
  return null;
}
