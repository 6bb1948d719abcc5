/**
 * The latent priors the island compares. The "quantum" one is a 4-qubit circuit whose Born-rule distribution is
 * the prior; the classical ones are plain tables of 16 probabilities. Qubit q carries latent bit q (qubit 0 is the
 * rightmost character of a code written as a bitstring).
 */
import { probabilities, runCircuit, type Circuit } from '../quantum';
import { LATENT_BITS, decodeLatent } from './decoder';

export interface BornAngles {
  /** RY angle on qubit 3, the orientation bit: P(vertical) = sin²(α/2). */
  orientation: number;
  /** RY angle on each line qubit 0, 1, 2. */
  lines: number;
  /** CRY angle from qubit 0 to 1 and from 1 to 2: couples neighbouring lines (0 = independent). */
  coupling: number;
}

export function bornCircuit(a: BornAngles): Circuit {
  return {
    numQubits: LATENT_BITS,
    ops: [
      { gate: 'ry', wires: [3], params: [a.orientation] },
      { gate: 'ry', wires: [0], params: [a.lines] },
      { gate: 'ry', wires: [1], params: [a.lines] },
      { gate: 'ry', wires: [2], params: [a.lines] },
      { gate: 'cry', wires: [0, 1], params: [a.coupling] },
      { gate: 'cry', wires: [1, 2], params: [a.coupling] },
    ],
  };
}

/** Exact Born-rule probabilities of the 16 latent codes. */
export function bornPrior(a: BornAngles): Float64Array {
  return probabilities(runCircuit(bornCircuit(a)));
}

export function uniformPrior(): Float64Array {
  return new Float64Array(2 ** LATENT_BITS).fill(1 / 2 ** LATENT_BITS);
}

/** P(bit q = 1) for each latent bit. */
export function bitMarginals(prior: ArrayLike<number>): number[] {
  const m = new Array<number>(LATENT_BITS).fill(0);
  for (let c = 0; c < prior.length; c++) for (let q = 0; q < LATENT_BITS; q++) if ((c >>> q) & 1) m[q]! += prior[c]!;
  return m;
}

/** Independent Bernoulli bits with the given marginals: the best a prior without correlations can do. */
export function independentBitsPrior(marginals: readonly number[]): Float64Array {
  const p = new Float64Array(2 ** LATENT_BITS);
  for (let c = 0; c < p.length; c++) {
    let v = 1;
    for (let q = 0; q < LATENT_BITS; q++) v *= (c >>> q) & 1 ? marginals[q]! : 1 - marginals[q]!;
    p[c] = v;
  }
  return p;
}

/**
 * A classical table fitted to the target: each target image's probability spread evenly over the codes that decode
 * to it. For a uniform target over the 14 images this gives 1/14 to twelve codes and 1/28 to the four that share
 * the blank and full images. Fitting is trivial here because the table has only 16 entries.
 */
export function fittedPrior(target: ArrayLike<number>): Float64Array {
  const codes = 2 ** LATENT_BITS;
  const preimages = new Map<number, number>();
  for (let c = 0; c < codes; c++) preimages.set(decodeLatent(c), (preimages.get(decodeLatent(c)) ?? 0) + 1);
  const p = new Float64Array(codes);
  for (let c = 0; c < codes; c++) p[c] = target[decodeLatent(c)]! / preimages.get(decodeLatent(c))!;
  return p;
}
