export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const n = scales.length;
  const meanX = scales.reduce((s, x) => s + x, 0) / n;
  const meanY = values.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (scales[i]! - meanX) * (values[i]! - meanY);
    sxx += (scales[i]! - meanX) ** 2;
  }
  const slope = sxy / sxx;
  return meanY - slope * meanX;
}
