/**
 * The paper's estimator of the IQP model's MMD² loss, the route to circuits too large to simulate
 * (iqpopt, src/iqpopt/gen_qml/iqp_methods.py, mmd_loss_iqp and loss_estimate_iqp; src/iqpopt/iqp_optimizer.py,
 * op_expval_batch). For each bandwidth: draw n_ops Z-strings a with each bit in with probability p_σ
 * (kernel-weights.ts), so that their average is the λ-weighted sum; estimate each model ⟨Z_a⟩ from n_samples
 * uniformly random bitstrings z with the identity (derived here, not copied)
 *   ⟨Z_a⟩ = Σ_z u(z)·u(z⊕a)·cos(Σ_{g: a·g odd} 2θ_g (−1)^{g·z}),
 * u = H⊗n|input⟩: E_z[cos(…)] from |0…0⟩; with spin-flip symmetry, 0 for odd |a| and E_z[2·[|z| even]·cos(…)] else.
 * No state vector is ever formed, so the cost is n_ops · n_samples · (number of gates), whatever n is. Both squares are
 * de-biased as in the paper, so the estimate's mean is the exact loss; the data side uses the training set.
 */
import type { Rng } from '../../quantum/types';
import { operatorProbability } from './kernel-weights';
import type { IqpSpec } from './iqp-model';

export interface SampledLossOptions {
  sigmas: readonly number[];
  nOps: number;
  nSamples: number;
  rng: Rng;
}

const parity = (x: number): number => {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
};

/** One draw of the estimator. `dataZ` are the training set's ⟨Z_s⟩ (z-expectations.ts), `dataCount` its size. */
export function sampledIqpLoss(spec: IqpSpec, theta: ArrayLike<number>, dataZ: ArrayLike<number>, dataCount: number, o: SampledLossOptions): number {
  const { n, gates } = spec;
  if (!(o.nSamples >= 2) || !(o.nOps >= 1)) throw new Error('sampledIqpLoss: need at least 1 operator and 2 samples');
  const full = (1 << n) - 1;
  const randomBits = (p: number) => {
    let a = 0;
    for (let q = 0; q < n; q++) if (o.rng() < p) a |= 1 << q;
    return a;
  };
  const sel = new Int32Array(gates.length);
  const ang = new Float64Array(gates.length);
  let total = 0;
  for (const sigma of o.sigmas) {
    const p = operatorProbability(sigma);
    let sum = 0;
    for (let k = 0; k < o.nOps; k++) {
      const a = randomBits(p);
      let used = 0;
      for (let g = 0; g < gates.length; g++) {
        if (parity(gates[g]! & a)) {
          sel[used] = gates[g]!;
          ang[used++] = 2 * theta[g]!;
        }
      }
      let m1 = 0, m2 = 0;
      const symmetricZero = spec.spinSymmetric && parity(a) === 1;
      for (let j = 0; j < o.nSamples && !symmetricZero; j++) {
        const z = randomBits(0.5) & full;
        let arg = 0;
        for (let g = 0; g < used; g++) arg += parity(sel[g]! & z) ? -ang[g]! : ang[g]!;
        const e = spec.spinSymmetric ? (parity(z) ? 0 : 2 * Math.cos(arg)) : Math.cos(arg);
        m1 += e;
        m2 += e * e;
      }
      m1 /= o.nSamples;
      m2 /= o.nSamples;
      const modelSquare = ((m1 * m1 - m2 / o.nSamples) * o.nSamples) / (o.nSamples - 1);
      const t = dataZ[a]!;
      sum += modelSquare - 2 * m1 * t + (dataCount * t * t - 1) / (dataCount - 1);
    }
    total += sum / o.nOps;
  }
  return total / o.sigmas.length;
}
