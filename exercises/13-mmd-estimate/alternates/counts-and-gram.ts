// Correct, another way: counts each distinct outcome once and uses Σ_{i≠j} K(aᵢ, aⱼ) = Σ_{u,v} c_u c_v K(u, v) − m,
// since K(u, u) = 1 for every draw paired with itself. The kernel uses exp(−d/(2σ)) = (e^{−1/(2σ)})^d.
export function kernel(x: number, y: number, sigmas: number[]): number {
  const d = (x ^ y).toString(2).split('').filter((b) => b === '1').length;
  return sigmas.map((s) => Math.exp(-1 / (2 * s)) ** d).reduce((a, b) => a + b, 0) / sigmas.length;
}

function counts(a: number[]): Map<number, number> {
  const c = new Map<number, number>();
  for (const v of a) c.set(v, (c.get(v) ?? 0) + 1);
  return c;
}

function weightedSum(a: Map<number, number>, b: Map<number, number>, sigmas: number[]): number {
  let s = 0;
  for (const [u, cu] of a) for (const [v, cv] of b) s += cu * cv * kernel(u, v, sigmas);
  return s;
}

export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  const cx = counts(xs);
  const cy = counts(ys);
  const m = xs.length;
  const n = ys.length;
  const within = (c: Map<number, number>, size: number) => (weightedSum(c, c, sigmas) - size) / (size * (size - 1));
  return within(cx, m) + within(cy, n) - (2 * weightedSum(cx, cy, sigmas)) / (m * n);
}
