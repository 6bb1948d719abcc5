/**
 * Marginals and the "independent qubits" model built from them. Index convention: bit q of an outcome index is
 * qubit q (qubit 0 is the rightmost character of a bitstring).
 */

function numBitsOf(size: number): number {
  const n = Math.log2(size);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected 2^n outcomes with n >= 1, got ${size}`);
  return n;
}

/** P(qubit q reads 1) for every q, from a joint distribution over 2^n outcomes. */
export function oneMarginals(probs: ArrayLike<number>): Float64Array {
  const n = numBitsOf(probs.length);
  const m = new Float64Array(n);
  for (let k = 0; k < probs.length; k++) {
    const p = probs[k]!;
    if (p === 0) continue;
    for (let q = 0; q < n; q++) if ((k >>> q) & 1) m[q]! += p;
  }
  return m;
}

/** The joint distribution of independent bits with P(bit q = 1) = marginals[q]: Π_q of each bit's own probability. */
export function productDistribution(marginals: ArrayLike<number>): Float64Array {
  const n = marginals.length;
  for (let q = 0; q < n; q++) {
    const m = marginals[q]!;
    if (!(m >= 0 && m <= 1)) throw new Error(`productDistribution: marginal ${q} must be in [0, 1], got ${m}`);
  }
  const out = new Float64Array(2 ** n);
  for (let k = 0; k < out.length; k++) {
    let p = 1;
    for (let q = 0; q < n; q++) p *= (k >>> q) & 1 ? marginals[q]! : 1 - marginals[q]!;
    out[k] = p;
  }
  return out;
}

/**
 * The best a sampler of independent bits can do: keep each bit's marginal exactly and forget every correlation.
 * (Among product distributions, this one minimises KL(p‖·); it is what "each qubit on its own" can reproduce.)
 */
export function productOfMarginals(probs: ArrayLike<number>): Float64Array {
  return productDistribution(oneMarginals(probs));
}

/** Draws `shots` outcomes, each bit independently from its own marginal; returns outcome indices. */
export function sampleIndependentBits(marginals: ArrayLike<number>, shots: number, rng: () => number): Uint32Array {
  const n = marginals.length;
  const out = new Uint32Array(shots);
  for (let s = 0; s < shots; s++) {
    let k = 0;
    for (let q = 0; q < n; q++) if (rng() < marginals[q]!) k |= 1 << q;
    out[s] = k;
  }
  return out;
}
