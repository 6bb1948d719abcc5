// Mistake: the textbook Gaussian exp(−d / (2σ²)) instead of the lesson's exp(−d / (2σ)).
import { kernel as right, mmdEstimate as rightEstimate } from '../solution/mmd-estimate';
const squared = (sigmas: number[]) => sigmas.map((s) => s * s);
export function kernel(x: number, y: number, sigmas: number[]): number {
  return right(x, y, squared(sigmas));
}
export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  return rightEstimate(xs, ys, squared(sigmas));
}
