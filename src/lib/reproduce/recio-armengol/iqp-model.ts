/**
 * The IQP circuit of Recio-Armengol, Ahmed & Bowles (arXiv:2503.02934), computed exactly for n ≤ 20 qubits:
 * Hadamard on every qubit, then exp(−iθ_g Z_g) for every gate g (iqpopt's MultiRZ(2θ_g)), then Hadamard on every
 * qubit, measured in the computational basis. With spin-flip symmetry (iqpopt's spin_sym) the input is
 * (|0…0⟩ + |1…1⟩)/√2 instead of |0…0⟩, so the model gives x and its complement the same probability.
 *
 * The whole state costs three Walsh–Hadamard transforms (WHT), because every gate is diagonal:
 *   f(z) = Σ_g θ_g (−1)^{g·z}                  one WHT of the angles placed at their masks
 *   v(z) = u(z)·e^{−i f(z)}                     u = H⊗n applied to the input state
 *   ψ = H⊗n v                                   a WHT of the real and of the imaginary part
 * and every ⟨Z_s⟩ is one more (z-expectations.ts). The loss Σ_s λ_s (⟨Z_s⟩ − m_s)² and its gradient follow by the
 * chain rule through the same transforms (adjoint method; derivation beside lossAndGradient).
 * Qubit q is bit q of a basis index (qubit 0 = least significant bit = rightmost character of a bitstring).
 */
import { walshHadamardInPlace } from '../../quantum/walsh-hadamard';
import type { ZSide } from './mmd';

export interface IqpSpec {
  n: number;
  /** Gate masks (gates.ts). */
  gates: Int32Array;
  /** Start from (|0…0⟩ + |1…1⟩)/√2: the model is symmetric under flipping every bit. */
  spinSymmetric: boolean;
}

export interface LossAndGradient {
  loss: number;
  gradient: Float64Array;
}

export interface IqpModel {
  readonly spec: IqpSpec;
  /** Output amplitudes ψ(x) for the angles. */
  amplitudes(theta: ArrayLike<number>): { re: Float64Array; im: Float64Array };
  probabilities(theta: ArrayLike<number>): Float64Array;
  /** ⟨Z_s⟩ for every Z-string s. */
  zExpectations(theta: ArrayLike<number>): Float64Array;
  /** Σ_s λ_s [⟨Z_s⟩² − 2⟨Z_s⟩·m_s + sq(m_s)] (mmd.ts) and its gradient with respect to every angle. */
  lossAndGradient(theta: ArrayLike<number>, data: ZSide, weights: ArrayLike<number>): LossAndGradient;
}

export function createIqpModel(spec: IqpSpec): IqpModel {
  const { n, gates } = spec;
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`createIqpModel: n must be from 1 to 20, got ${n}`);
  const size = 1 << n;
  for (const g of gates) if (g <= 0 || g >= size) throw new Error(`createIqpModel: gate mask ${g} is not a non-empty Z-string on ${n} qubits`);
  const norm = 2 ** (-n / 2);
  // u = H⊗n|input⟩: 2^{−n/2} everywhere for |0…0⟩; for the symmetric input, 2^{−n/2}(1 + (−1)^{|z|})/√2 (only even z).
  const u = new Float64Array(size);
  for (let z = 0; z < size; z++) {
    let w = 0;
    for (let t = z; t; t &= t - 1) w++;
    u[z] = spec.spinSymmetric ? (w & 1 ? 0 : Math.SQRT2 * norm) : norm;
  }
  const f = new Float64Array(size);
  const vr = new Float64Array(size), vi = new Float64Array(size);
  const pr = new Float64Array(size), pi = new Float64Array(size);
  const pz = new Float64Array(size);
  const wr = new Float64Array(size), wi = new Float64Array(size);

  /** Fills v and ψ = (pr, pi) for theta. */
  function forward(theta: ArrayLike<number>): void {
    if (theta.length !== gates.length) throw new Error(`IQP model: expected ${gates.length} angles, got ${theta.length}`);
    f.fill(0);
    for (let k = 0; k < gates.length; k++) f[gates[k]!]! += theta[k]!;
    walshHadamardInPlace(f);
    for (let z = 0; z < size; z++) {
      const c = Math.cos(f[z]!), s = Math.sin(f[z]!);
      vr[z] = u[z]! * c;
      vi[z] = -u[z]! * s;
    }
    pr.set(vr);
    pi.set(vi);
    walshHadamardInPlace(pr, norm);
    walshHadamardInPlace(pi, norm);
  }

  function probs(): Float64Array {
    for (let x = 0; x < size; x++) pz[x] = pr[x]! * pr[x]! + pi[x]! * pi[x]!;
    return pz;
  }

  return {
    spec,
    amplitudes(theta) {
      forward(theta);
      return { re: Float64Array.from(pr), im: Float64Array.from(pi) };
    },
    probabilities(theta) {
      forward(theta);
      return Float64Array.from(probs());
    },
    zExpectations(theta) {
      forward(theta);
      return walshHadamardInPlace(Float64Array.from(probs()));
    },
    lossAndGradient(theta, data, weights) {
      forward(theta);
      const z = walshHadamardInPlace(probs()); // pz now holds ⟨Z_s⟩
      let loss = 0;
      const m = data.z, cnt = data.count;
      for (let s = 0; s < size; s++) {
        const a = z[s]!, b = m[s]!;
        const bb = cnt === null ? b * b : (cnt * b * b - 1) / (cnt - 1);
        loss += weights[s]! * (a * a - 2 * a * b + bb);
        z[s] = 2 * weights[s]! * (a - b); // ∂L/∂⟨Z_s⟩
      }
      // ∂L/∂p(x) = G(x) = Σ_s ∂L/∂⟨Z_s⟩ (−1)^{s·x}: one WHT.
      walshHadamardInPlace(z);
      // ∂p(x)/∂θ_g = 2 Re(ψ̄(x) ∂ψ(x)), ∂ψ = H⊗n(−i χ_g v) with χ_g(z) = (−1)^{g·z}, H⊗n real and symmetric:
      // ∂L/∂θ_g = 2 Re Σ_z conj(w(z))·(−i)·χ_g(z)·v(z), w = H⊗n(G·ψ)  →  = 2·Σ_z χ_g(z)·Im(conj(w(z))·v(z)).
      for (let x = 0; x < size; x++) {
        wr[x] = z[x]! * pr[x]!;
        wi[x] = z[x]! * pi[x]!;
      }
      walshHadamardInPlace(wr, norm);
      walshHadamardInPlace(wi, norm);
      for (let q = 0; q < size; q++) wr[q] = 2 * (wr[q]! * vi[q]! - wi[q]! * vr[q]!);
      walshHadamardInPlace(wr);
      const gradient = new Float64Array(gates.length);
      for (let k = 0; k < gates.length; k++) gradient[k] = wr[gates[k]!]!;
      return { loss, gradient };
    },
  };
}
