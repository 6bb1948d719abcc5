// Correct, another way: the intercept is linear in the data, a = Σ wᵢ yᵢ with wᵢ = 1/n − x̄(xᵢ − x̄)/Sxx.
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const n = scales.length;
  const xbar = scales.reduce((a, b) => a + b) / n;
  const sxx = scales.reduce((acc, x) => acc + (x - xbar) * (x - xbar), 0);
  return values.reduce((acc, y, i) => acc + (1 / n - (xbar * (scales[i]! - xbar)) / sxx) * y, 0);
}
