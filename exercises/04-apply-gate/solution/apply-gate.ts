export interface Complex { re: number; im: number }
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export type Gate = [[Complex, Complex], [Complex, Complex]];

export function applyGate(state: State, gate: Gate, target: number): { re: number[]; im: number[] } {
  const re = Array.from(state.re);
  const im = Array.from(state.im);
  const bit = 1 << target;
  const [[a, b], [c, d]] = gate;
  for (let i = 0; i < re.length; i++) {
    if (i & bit) continue;
    const j = i | bit;
    const [xr, xi, yr, yi] = [state.re[i]!, state.im[i]!, state.re[j]!, state.im[j]!];
    re[i] = a.re * xr - a.im * xi + b.re * yr - b.im * yi;
    im[i] = a.re * xi + a.im * xr + b.re * yi + b.im * yr;
    re[j] = c.re * xr - c.im * xi + d.re * yr - d.im * yi;
    im[j] = c.re * xi + c.im * xr + d.re * yi + d.im * yr;
  }
  return { re, im };
}
