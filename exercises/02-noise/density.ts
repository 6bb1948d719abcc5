/**
 * Helpers for exercise 02 (you do not need to edit this file). A density matrix of n qubits is a 2^n x 2^n complex
 * matrix, stored row-major as separate real and imaginary parts: entry (r, c) is re[r * dim + c] + i·im[r * dim + c].
 * Qubit 0 is the least significant bit of a row or column index (the rightmost character of a bitstring).
 */

/** A complex number as [real, imaginary]. */
export type Complex = [number, number];
/** A 2x2 complex matrix, rows then columns: [[m00, m01], [m10, m11]]. */
export type Mat2 = [[Complex, Complex], [Complex, Complex]];

export interface DensityMatrix {
  n: number;
  re: Float64Array;
  im: Float64Array;
}

/** A gate of the small circuits used here: one-qubit gates by matrix, or a CNOT. */
export type Gate = { kind: 'one'; qubit: number; matrix: Mat2 } | { kind: 'cx'; control: number; target: number };

const r2 = Math.SQRT1_2;
export const X: Mat2 = [[[0, 0], [1, 0]], [[1, 0], [0, 0]]];
export const H: Mat2 = [[[r2, 0], [r2, 0]], [[r2, 0], [-r2, 0]]];
export const I2: Mat2 = [[[1, 0], [0, 0]], [[0, 0], [1, 0]]];

/** |0…0⟩⟨0…0| on n qubits. */
export function zeroDensity(n: number): DensityMatrix {
  const dim = 1 << n;
  const re = new Float64Array(dim * dim);
  re[0] = 1;
  return { n, re, im: new Float64Array(dim * dim) };
}

/** K ρ K† for a 2x2 K acting on one qubit (a new matrix; ρ is not changed). */
function sandwich(rho: DensityMatrix, qubit: number, k: Mat2): DensityMatrix {
  const dim = 1 << rho.n;
  const bit = 1 << qubit;
  const tmpRe = new Float64Array(dim * dim);
  const tmpIm = new Float64Array(dim * dim);
  // tmp = K ρ (acts on row indices)
  for (let r = 0; r < dim; r++) {
    const a = (r & bit) ? 1 : 0;
    const r0 = r & ~bit;
    for (let c = 0; c < dim; c++) {
      let sr = 0;
      let si = 0;
      for (let b = 0; b < 2; b++) {
        const [kr, ki] = k[a]![b]!;
        const src = (r0 | (b ? bit : 0)) * dim + c;
        sr += kr * rho.re[src]! - ki * rho.im[src]!;
        si += kr * rho.im[src]! + ki * rho.re[src]!;
      }
      tmpRe[r * dim + c] = sr;
      tmpIm[r * dim + c] = si;
    }
  }
  // out = tmp K† (acts on column indices with the conjugate)
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let r = 0; r < dim; r++) {
    for (let c = 0; c < dim; c++) {
      const a = (c & bit) ? 1 : 0;
      const c0 = c & ~bit;
      let sr = 0;
      let si = 0;
      for (let b = 0; b < 2; b++) {
        const [kr, ki] = k[a]![b]!; // (K†)[b][a] = conj(K[a][b])
        const src = r * dim + (c0 | (b ? bit : 0));
        sr += tmpRe[src]! * kr + tmpIm[src]! * ki;
        si += tmpIm[src]! * kr - tmpRe[src]! * ki;
      }
      re[r * dim + c] = sr;
      im[r * dim + c] = si;
    }
  }
  return { n: rho.n, re, im };
}

/** Applies the channel ρ → Σ_k K_k ρ K_k† on one qubit. */
export function applyKraus(rho: DensityMatrix, qubit: number, kraus: Mat2[]): DensityMatrix {
  const dim = 1 << rho.n;
  const out: DensityMatrix = { n: rho.n, re: new Float64Array(dim * dim), im: new Float64Array(dim * dim) };
  for (const k of kraus) {
    const t = sandwich(rho, qubit, k);
    for (let i = 0; i < out.re.length; i++) {
      out.re[i]! += t.re[i]!;
      out.im[i]! += t.im[i]!;
    }
  }
  return out;
}

/** Applies a noiseless gate: U ρ U†. */
export function applyGate(rho: DensityMatrix, gate: Gate): DensityMatrix {
  if (gate.kind === 'one') return sandwich(rho, gate.qubit, gate.matrix);
  // CNOT permutes basis states: |k⟩ → |k xor target⟩ when the control bit is 1.
  const dim = 1 << rho.n;
  const perm = (k: number) => ((k >> gate.control) & 1 ? k ^ (1 << gate.target) : k);
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let r = 0; r < dim; r++)
    for (let c = 0; c < dim; c++) {
      re[perm(r) * dim + perm(c)] = rho.re[r * dim + c]!;
      im[perm(r) * dim + perm(c)] = rho.im[r * dim + c]!;
    }
  return { n: rho.n, re, im };
}

/** The qubits a gate acts on. */
export function gateQubits(gate: Gate): number[] {
  return gate.kind === 'one' ? [gate.qubit] : [gate.control, gate.target];
}

/** Measurement probabilities: the diagonal of ρ. Entry k is the probability of basis state k. */
export function diagonal(rho: DensityMatrix): Float64Array {
  const dim = 1 << rho.n;
  return Float64Array.from({ length: dim }, (_, k) => rho.re[k * dim + k]!);
}
