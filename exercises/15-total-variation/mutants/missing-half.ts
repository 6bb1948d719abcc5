// Mistake: forgets the ½, so the distance runs from 0 to 2.
import { empirical, totalVariation as right, type Distribution } from '../solution/total-variation';
export { empirical };
export function totalVariation(p: Distribution, q: Distribution): number {
  return 2 * right(p, q);
}
