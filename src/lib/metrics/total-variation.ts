import { assertDistribution, assertSameLength } from './distribution';

/** Total-variation distance ½ Σ_x |p(x) − q(x)|: the largest difference in probability the two give any event (0 to 1). */
export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertSameLength(p, q, 'totalVariation');
  assertDistribution(p, 'totalVariation (first argument)');
  assertDistribution(q, 'totalVariation (second argument)');
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += Math.abs(p[i]! - q[i]!);
  return sum / 2;
}
