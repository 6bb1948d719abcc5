// Mistake: sorts the caller's arrays by scale in place before fitting; the answer is right but the data are reordered.
import { zeroNoiseEstimate as right } from '../solution/zne';
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const order = scales.map((_, i) => i).sort((i, j) => scales[i]! - scales[j]!);
  const xs = order.map((i) => scales[i]!);
  const ys = order.map((i) => values[i]!);
  xs.forEach((x, k) => { scales[k] = x; values[k] = ys[k]!; });
  return right(scales, values);
}
