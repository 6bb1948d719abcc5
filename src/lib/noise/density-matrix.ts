/**
 * Density matrices for small registers (the decoherence lesson uses at most MAX_DENSITY_QUBITS). ρ is stored like a
 * ComplexMatrix: row-major, entry (r, c) = re[r·dim + c] + i·im[r·dim + c], with qubit q as bit q of r and c (qubit 0
 * is the least significant bit, the rightmost character of a bitstring).
 *
 * Unitary gates reuse the engine's tested state-vector kernels: U ρ U† is computed as U applied to every column of ρ,
 * then (U applied to every column of (Uρ)†)†. So the noise model can never disagree with the simulator about what a
 * gate does.
 */
import { GATES, type Circuit, type GateOp, type StateVector } from '../quantum';

export const MAX_DENSITY_QUBITS = 6;

export interface DensityMatrix {
  numQubits: number;
  re: Float64Array;
  im: Float64Array;
}

/** A 2x2 complex matrix as rows of [re, im] pairs. */
export type Kraus2 = [[number, number], [number, number]][];

export function assertDensitySize(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_DENSITY_QUBITS) {
    throw new RangeError(`A density matrix here holds 1 to ${MAX_DENSITY_QUBITS} qubits (4^n numbers); got ${n}.`);
  }
}

export function zeroDensity(numQubits: number): DensityMatrix {
  assertDensitySize(numQubits);
  const dim = 1 << numQubits;
  const re = new Float64Array(dim * dim);
  re[0] = 1;
  return { numQubits, re, im: new Float64Array(dim * dim) };
}

/** |ψ⟩⟨ψ| */
export function densityFromState(s: StateVector): DensityMatrix {
  assertDensitySize(s.numQubits);
  const dim = 1 << s.numQubits;
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let r = 0; r < dim; r++)
    for (let c = 0; c < dim; c++) {
      // ψ_r · conj(ψ_c)
      re[r * dim + c] = s.re[r]! * s.re[c]! + s.im[r]! * s.im[c]!;
      im[r * dim + c] = s.im[r]! * s.re[c]! - s.re[r]! * s.im[c]!;
    }
  return { numQubits: s.numQubits, re, im };
}

/** Applies `op` to every column of ρ in place (ρ → Uρ). */
function applyToColumns(rho: DensityMatrix, op: GateOp): void {
  const dim = 1 << rho.numQubits;
  const col: StateVector = { numQubits: rho.numQubits, re: new Float64Array(dim), im: new Float64Array(dim) };
  for (let c = 0; c < dim; c++) {
    for (let r = 0; r < dim; r++) {
      col.re[r] = rho.re[r * dim + c]!;
      col.im[r] = rho.im[r * dim + c]!;
    }
    GATES[op.gate].apply(col, op.wires, op.params ?? []);
    for (let r = 0; r < dim; r++) {
      rho.re[r * dim + c] = col.re[r]!;
      rho.im[r * dim + c] = col.im[r]!;
    }
  }
}

/** ρ → ρ† in place. */
function conjugateTranspose(rho: DensityMatrix): void {
  const dim = 1 << rho.numQubits;
  for (let r = 0; r < dim; r++) {
    rho.im[r * dim + r] = -rho.im[r * dim + r]!;
    for (let c = r + 1; c < dim; c++) {
      const a = r * dim + c;
      const b = c * dim + r;
      const reA = rho.re[a]!;
      const imA = rho.im[a]!;
      rho.re[a] = rho.re[b]!;
      rho.im[a] = -rho.im[b]!;
      rho.re[b] = reA;
      rho.im[b] = -imA;
    }
  }
}

/** ρ → U ρ U† in place, U being the gate `op`. */
export function applyUnitary(rho: DensityMatrix, op: GateOp): void {
  applyToColumns(rho, op);
  conjugateTranspose(rho);
  applyToColumns(rho, op);
  conjugateTranspose(rho);
}

/** ρ → Σ_k K_k ρ K_k† for 2x2 Kraus operators acting on one qubit; returns a new matrix. */
export function applyKraus(rho: DensityMatrix, qubit: number, kraus: Kraus2[]): DensityMatrix {
  const dim = 1 << rho.numQubits;
  const bit = 1 << qubit;
  const outRe = new Float64Array(dim * dim);
  const outIm = new Float64Array(dim * dim);
  for (const k of kraus) {
    for (let r = 0; r < dim; r++) {
      const rb = r & bit ? 1 : 0;
      const r0 = r & ~bit;
      for (let c = 0; c < dim; c++) {
        const cb = c & bit ? 1 : 0;
        const c0 = c & ~bit;
        let sr = 0;
        let si = 0;
        // (K ρ K†)_{rc} = Σ_{a,b} K_{rb,a} ρ_{(r0|a),(c0|b)} conj(K_{cb,b})
        for (let a = 0; a < 2; a++) {
          const [kr, ki] = k[rb]![a]!;
          if (kr === 0 && ki === 0) continue;
          for (let b = 0; b < 2; b++) {
            const [lr, li] = k[cb]![b]!;
            if (lr === 0 && li === 0) continue;
            const idx = (r0 | (a ? bit : 0)) * dim + (c0 | (b ? bit : 0));
            const pr = rho.re[idx]!;
            const pi = rho.im[idx]!;
            // K·ρ
            const tr = kr * pr - ki * pi;
            const ti = kr * pi + ki * pr;
            // · conj(L)
            sr += tr * lr + ti * li;
            si += ti * lr - tr * li;
          }
        }
        outRe[r * dim + c]! += sr;
        outIm[r * dim + c]! += si;
      }
    }
  }
  return { numQubits: rho.numQubits, re: outRe, im: outIm };
}

/** The diagonal of ρ: the probability of each basis state when every qubit is measured. */
export function diagonal(rho: DensityMatrix): Float64Array {
  const dim = 1 << rho.numQubits;
  const p = new Float64Array(dim);
  for (let i = 0; i < dim; i++) p[i] = Math.max(0, rho.re[i * dim + i]!);
  return p;
}

export function trace(rho: DensityMatrix): number {
  const dim = 1 << rho.numQubits;
  let t = 0;
  for (let i = 0; i < dim; i++) t += rho.re[i * dim + i]!;
  return t;
}

/** Tr ρ², 1 for a pure state and 1/2^n for the maximally mixed one. */
export function purity(rho: DensityMatrix): number {
  let s = 0;
  for (let i = 0; i < rho.re.length; i++) s += rho.re[i]! * rho.re[i]! + rho.im[i]! * rho.im[i]!;
  return s;
}

/** ⟨ψ|ρ|ψ⟩: how much of ρ is still the intended pure state. */
export function fidelityWithPure(rho: DensityMatrix, psi: StateVector): number {
  const dim = 1 << rho.numQubits;
  let re = 0;
  for (let r = 0; r < dim; r++) {
    // conj(ψ_r) Σ_c ρ_rc ψ_c; only the real part survives the full sum
    let vr = 0;
    let vi = 0;
    for (let c = 0; c < dim; c++) {
      const a = rho.re[r * dim + c]!;
      const b = rho.im[r * dim + c]!;
      vr += a * psi.re[c]! - b * psi.im[c]!;
      vi += a * psi.im[c]! + b * psi.re[c]!;
    }
    re += psi.re[r]! * vr + psi.im[r]! * vi;
  }
  return re;
}

/** Runs a noiseless circuit on a density matrix (for checks and for the ideal reference). */
export function runUnitaryCircuit(c: Circuit): DensityMatrix {
  const rho = zeroDensity(c.numQubits);
  for (const op of c.ops) applyUnitary(rho, op);
  return rho;
}
