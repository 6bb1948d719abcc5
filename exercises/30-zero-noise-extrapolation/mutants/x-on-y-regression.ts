// Mistake: fits x = c + d·y (scales on values, the axes swapped) and solves it for y at x = 0; exact only on a perfect line.
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const n = scales.length;
  const mx = scales.reduce((s, x) => s + x, 0) / n;
  const my = values.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let syy = 0;
  scales.forEach((x, i) => { sxy += (x - mx) * (values[i]! - my); syy += (values[i]! - my) ** 2; });
  const d = sxy / syy;
  const c = mx - d * my;
  return -c / d;
}
