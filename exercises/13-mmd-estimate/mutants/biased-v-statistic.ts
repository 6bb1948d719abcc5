// Mistake: averages K over all m² pairs of a sample, the draws paired with themselves included (the biased V-statistic).
import { kernel } from '../solution/mmd-estimate';
export { kernel };
const mean = (a: number[], b: number[], s: number[]) => a.reduce((t, x) => t + b.reduce((u, y) => u + kernel(x, y, s), 0), 0) / (a.length * b.length);
export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  return mean(xs, xs, sigmas) + mean(ys, ys, sigmas) - 2 * mean(xs, ys, sigmas);
}
