// Mistake: saves an array by subtracting q from p in place, so the caller's model probabilities are overwritten.
import { mmdLoss as right } from '../solution/born-mmd-loss';
export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  for (let x = 0; x < p.length; x++) p[x]! -= q[x]!;
  return right(p, new Array<number>(p.length).fill(0), sigmas);
}
