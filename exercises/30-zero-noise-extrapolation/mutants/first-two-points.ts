// Mistake: draws the line through the first two points only and ignores the rest of the data.
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const [x1, x2] = [scales[0]!, scales[1]!];
  const [y1, y2] = [values[0]!, values[1]!];
  const slope = (y2 - y1) / (x2 - x1);
  return y1 - slope * x1;
}
