// Correct, another way: pools both samples into one list z and writes the estimate as Σ_{a≠b} w_a w_b K(z_a, z_b)
// with weights over a same-sample pair 1/(m(m−1)) or 1/(n(n−1)) and −1/(mn) for each ordered cross pair.
export function kernel(x: number, y: number, sigmas: number[]): number {
  let d = 0;
  for (let b = 0; b < 32; b++) if (((x >>> b) & 1) !== ((y >>> b) & 1)) d++;
  let k = 0;
  for (let i = 0; i < sigmas.length; i++) k += Math.exp(-d / (2 * sigmas[i]!)) / sigmas.length;
  return k;
}

export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  const m = xs.length;
  const n = ys.length;
  const z = [...xs, ...ys];
  let total = 0;
  for (let a = 0; a < z.length; a++) {
    for (let b = 0; b < z.length; b++) {
      if (a === b) continue;
      const sameX = a < m && b < m;
      const sameY = a >= m && b >= m;
      const w = sameX ? 1 / (m * (m - 1)) : sameY ? 1 / (n * (n - 1)) : -1 / (m * n);
      total += w * kernel(z[a]!, z[b]!, sigmas);
    }
  }
  return total;
}
