// Correct, another way: projects y onto the orthogonal basis {1, x − x̄} (Gram–Schmidt on the design matrix) and
// rebuilds the line's value at x = 0 from the two coefficients.
export function zeroNoiseEstimate(scales: number[], values: number[]): number {
  const ones = scales.map(() => 1);
  const dot = (u: number[], v: number[]) => u.reduce((acc, ui, i) => acc + ui * v[i]!, 0);
  const c0 = dot(values, ones) / dot(ones, ones);
  const xbar = dot(scales, ones) / dot(ones, ones);
  const q = scales.map((x) => x - xbar);
  const c1 = dot(values, q) / dot(q, q);
  return c0 + c1 * (0 - xbar);
}
