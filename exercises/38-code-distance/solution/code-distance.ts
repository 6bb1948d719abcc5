export interface QecModel {
  errorAt7: number;
  lambda: number;
}

export const WILLOW_2024: QecModel = { errorAt7: 1.43e-3, lambda: 2.14 };

/** The planner's search stops here (src/lib/hardware MAX_DISTANCE). */
const LARGEST_DISTANCE_TRIED = 1001;

export function logicalErrorPerCycle(d: number, qec: QecModel): number {
  const stepsBeyondSeven = (d - 7) / 2;
  return qec.errorAt7 / qec.lambda ** stepsBeyondSeven;
}

export function codeDistance(target: number, qec: QecModel): number | null {
  for (let distance = 3; distance <= LARGEST_DISTANCE_TRIED; distance += 2) {
    if (logicalErrorPerCycle(distance, qec) <= target) return distance;
  }
  return null;
}
