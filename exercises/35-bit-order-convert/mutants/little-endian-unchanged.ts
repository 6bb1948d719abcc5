// Mistake: thinks little-endian keys need no work ("the course already uses it") and returns them as they came.
import type { Counts } from '../solution/bit-order';
export { toBigEndian } from '../solution/bit-order';
export function toLittleEndian(counts: Counts): Counts {
  return { ...counts };
}
