/**
 * A restricted Boltzmann machine on n ≤ 16 visible bits, trained here by the exact gradient of the log-likelihood
 * (the partition function summed over all 2ⁿ visible states, hidden units summed out analytically) with Adam. The
 * paper's RBM is scikit-learn's BernoulliRBM (qml-benchmarks, energy_based_model.py), trained by persistent
 * contrastive divergence and sampled by Gibbs chains; an exact gradient and exact probabilities remove both sources of
 * noise, so the course's RBM is, if anything, a stronger baseline than the paper's.
 *   p(v) ∝ exp(−F(v)),  F(v) = −b·v − Σ_j softplus(c_j + W_j·v).
 */
import { createAdam } from '../../born-machine/optimisers';
import type { Rng } from '../../quantum/types';
import { standardNormal } from './init';

export interface Rbm {
  readonly hidden: number;
  /** Exact p(v) for every visible state v (bit q = visible unit q). */
  probabilities(): Float64Array;
  /** One Adam step on the mean negative log-likelihood of the data histogram; returns that NLL before the step. */
  step(): number;
}

const softplus = (a: number) => (a > 30 ? a : Math.log1p(Math.exp(a)));
const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

export function createRbm(o: { n: number; hidden: number; lr: number; train: Int32Array; rng: Rng }): Rbm {
  const { n, hidden: H } = o;
  if (n > 16) throw new Error('createRbm: the exact gradient is for at most 16 visible bits');
  const size = 1 << n;
  // Layout: W (H×n, row j = hidden unit j), then b (n), then c (H). scikit-learn starts W at N(0, 0.01²), biases at 0.
  const params = new Float64Array(H * n + n + H);
  for (let k = 0; k < H * n; k++) params[k] = 0.01 * standardNormal(o.rng);
  const bOff = H * n, cOff = H * n + n;
  const data = new Float64Array(size);
  for (const x of o.train) data[x]! += 1 / o.train.length;
  const adam = createAdam(params.length, o.lr);
  const logp = new Float64Array(size);
  const a = new Float64Array(H);

  /** Visits every v in Gray-code order with a = c + W·v kept up to date (one column added or removed per state). */
  function visit(fn: (v: number) => void) {
    for (let j = 0; j < H; j++) a[j] = params[cOff + j]!;
    let v = 0;
    fn(0);
    for (let k = 1; k < size; k++) {
      const bit = 31 - Math.clz32(k & -k);
      v ^= 1 << bit;
      const sign = (v >>> bit) & 1 ? 1 : -1;
      for (let j = 0; j < H; j++) a[j]! += sign * params[j * n + bit]!;
      fn(v);
    }
  }

  function fill(): number {
    let max = -Infinity;
    visit((v) => {
      let s = 0;
      for (let i = 0; i < n; i++) if ((v >>> i) & 1) s += params[bOff + i]!;
      for (let j = 0; j < H; j++) s += softplus(a[j]!);
      logp[v] = s;
      if (s > max) max = s;
    });
    let z = 0;
    for (let v = 0; v < size; v++) z += Math.exp(logp[v]! - max);
    const logZ = max + Math.log(z);
    for (let v = 0; v < size; v++) logp[v]! -= logZ;
    return logZ;
  }

  return {
    hidden: H,
    probabilities() {
      fill();
      return Float64Array.from(logp, Math.exp);
    },
    step() {
      fill();
      let nll = 0;
      for (let v = 0; v < size; v++) if (data[v]! > 0) nll -= data[v]! * logp[v]!;
      // ∂NLL/∂θ = Σ_v (p(v) − data(v))·∂(−F(v))/∂θ.
      const g = new Float64Array(params.length);
      visit((v) => {
        const r = Math.exp(logp[v]!) - data[v]!;
        for (let j = 0; j < H; j++) {
          const rs = r * sigmoid(a[j]!);
          g[cOff + j]! += rs;
          for (let t = v; t; t &= t - 1) {
            const i = 31 - Math.clz32(t & -t);
            g[j * n + i]! += rs;
          }
        }
        for (let t = v; t; t &= t - 1) g[bOff + 31 - Math.clz32(t & -t)]! += r;
      });
      adam.step(params, g);
      return nll;
    },
  };
}
