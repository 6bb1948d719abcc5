// Mistake: the textbook Gaussian exp(−d / (2σ²)) instead of the lesson's exp(−d / (2σ)).
import { mmdLoss as right } from '../solution/born-mmd-loss';
export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  return right(p, q, sigmas.map((s) => s * s));
}
