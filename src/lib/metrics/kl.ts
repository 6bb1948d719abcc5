import { assertDistribution, assertSameLength } from './distribution';

/**
 * Kullback–Leibler divergence KL(p‖q) = Σ_x p(x) ln(p(x)/q(x)), in nats (divide by ln 2 for bits).
 *
 * Convention for zeros (the usual one, from the limits t·ln t → 0):
 * - a term with p(x) = 0 contributes 0, whatever q(x) is;
 * - a term with p(x) > 0 and q(x) = 0 makes the divergence +Infinity: the model says impossible what the data does.
 * KL is not symmetric: with p the data and q the model, it punishes a model that misses data, not one that invents.
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertSameLength(p, q, 'klDivergence');
  assertDistribution(p, 'klDivergence (first argument)');
  assertDistribution(q, 'klDivergence (second argument)');
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (pi === 0) continue;
    const qi = q[i]!;
    if (qi === 0) return Infinity;
    sum += pi * Math.log(pi / qi);
  }
  // Rounding can leave a tiny negative number for (nearly) equal distributions; KL itself is never negative.
  return Math.max(0, sum);
}

export function klDivergenceBits(p: ArrayLike<number>, q: ArrayLike<number>): number {
  return klDivergence(p, q) / Math.LN2;
}
