/**
 * The paper's "IQP with coherence removed" baseline (iqpopt's bitflip=True, src/iqpopt/iqp_optimizer.py): the same
 * gates, each now a classical coin that flips all the bits of its Z-string g together with probability sin²θ_g.
 * Starting from 0…0 (or, with spin-flip symmetry, from 0…0 or 1…1 at random), every ⟨Z_s⟩ is a product:
 *   ⟨Z_s⟩ = Π_{g : s·g odd} cos 2θ_g   (and 0 for odd |s| with the symmetry),
 * since a flip of g changes the sign of Z_s exactly when g and s overlap in an odd number of bits. Products over
 * "s·g odd" become WHTs of logarithms: Σ_{g: s·g odd} a_g = (Σ_g a_g − Σ_g a_g (−1)^{s·g})/2.
 */
import { walshHadamardInPlace } from '../../quantum/walsh-hadamard';
import type { LossAndGradient } from './iqp-model';
import type { ZSide } from './mmd';

export interface BitflipModel {
  zExpectations(theta: ArrayLike<number>): Float64Array;
  lossAndGradient(theta: ArrayLike<number>, data: ZSide, weights: ArrayLike<number>): LossAndGradient;
}

/** Smallest |cos 2θ| used, so that log and tan stay finite; below it the gate is a fair coin to 12 digits. */
const MIN_COS = 1e-12;

export function createBitflipModel(spec: { n: number; gates: Int32Array; spinSymmetric: boolean }): BitflipModel {
  const { n, gates } = spec;
  const size = 1 << n;
  const logs = new Float64Array(size), negs = new Float64Array(size), z = new Float64Array(size);
  const odd = new Uint8Array(size);
  for (let s = 0; s < size; s++) {
    let w = 0;
    for (let t = s; t; t &= t - 1) w++;
    odd[s] = w & 1;
  }

  function expectations(theta: ArrayLike<number>): Float64Array {
    if (theta.length !== gates.length) throw new Error(`Bit-flip model: expected ${gates.length} angles, got ${theta.length}`);
    logs.fill(0);
    negs.fill(0);
    let logSum = 0, negSum = 0;
    for (let k = 0; k < gates.length; k++) {
      const c = Math.cos(2 * theta[k]!);
      const a = Math.log(Math.max(Math.abs(c), MIN_COS));
      logs[gates[k]!]! += a;
      logSum += a;
      if (c < 0) {
        negs[gates[k]!]! += 1;
        negSum += 1;
      }
    }
    walshHadamardInPlace(logs);
    walshHadamardInPlace(negs);
    for (let s = 0; s < size; s++) {
      const negatives = Math.round((negSum - negs[s]!) / 2);
      const value = Math.exp((logSum - logs[s]!) / 2) * (negatives & 1 ? -1 : 1);
      z[s] = spec.spinSymmetric && odd[s] ? 0 : value;
    }
    return z;
  }

  return {
    zExpectations: (theta) => Float64Array.from(expectations(theta)),
    lossAndGradient(theta, data, weights) {
      const a = expectations(theta);
      const h = new Float64Array(size);
      let loss = 0, hSum = 0;
      for (let s = 0; s < size; s++) {
        const b = data.z[s]!;
        const bb = data.count === null ? b * b : (data.count * b * b - 1) / (data.count - 1);
        loss += weights[s]! * (a[s]! * a[s]! - 2 * a[s]! * b + bb);
        h[s] = 2 * weights[s]! * (a[s]! - b) * a[s]!;
        hSum += h[s]!;
      }
      // ∂⟨Z_s⟩/∂θ_g = −2 tan 2θ_g · ⟨Z_s⟩ when s·g is odd, else 0.
      walshHadamardInPlace(h);
      const gradient = new Float64Array(gates.length);
      for (let k = 0; k < gates.length; k++) {
        const c = Math.cos(2 * theta[k]!);
        const cc = Math.abs(c) < MIN_COS ? (c < 0 ? -MIN_COS : MIN_COS) : c;
        gradient[k] = ((-2 * Math.sin(2 * theta[k]!)) / cc) * ((hSum - h[gates[k]!]!) / 2);
      }
      return { loss, gradient };
    },
  };
}
