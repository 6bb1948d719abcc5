// Mistake: divides both within-sample sums by m(m − 1) with m = xs.length, which is wrong whenever ys has another size.
import { kernel } from '../solution/mmd-estimate';
export { kernel };
export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  const m = xs.length;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) xx += kernel(xs[i]!, xs[j]!, sigmas);
  for (let i = 0; i < ys.length; i++) for (let j = 0; j < ys.length; j++) if (i !== j) yy += kernel(ys[i]!, ys[j]!, sigmas);
  for (const x of xs) for (const y of ys) xy += kernel(x, y, sigmas);
  return xx / (m * (m - 1)) + yy / (m * (m - 1)) - (2 * xy) / (m * ys.length);
}
