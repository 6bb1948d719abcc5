// Mistake: evaluates the fitted line at scale 1, the noise level already measured, instead of at zero noise.
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const n = scales.length;
  const mx = scales.reduce((s, x) => s + x, 0) / n;
  const my = values.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  scales.forEach((x, i) => { sxy += (x - mx) * (values[i]! - my); sxx += (x - mx) ** 2; });
  const b = sxy / sxx;
  const a = my - b * mx;
  return a + b * 1;
}
