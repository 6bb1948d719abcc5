/**
 * Helpers for this exercise (you do not need to edit this file): a small circuit written as data, and its energy
 * E(θ) = ⟨Z⟩ of one qubit, computed by simulating the state vector from |0…0⟩.
 * Qubit 0 is the least significant bit of a basis index (the rightmost character of a bitstring).
 * Rotations are R(θ) = exp(−iθP/2) with P = X, Y or Z: RY(θ) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]].
 */

/** A rotation by the angle thetas[param], or a CNOT. */
export type Gate =
  | { gate: 'rx' | 'ry' | 'rz'; qubit: number; param: number }
  | { gate: 'cx'; control: number; target: number };

export interface Circuit {
  /** Number of qubits, 1 to 6. */
  qubits: number;
  /** Applied in order to |0…0⟩. Each parameter index appears in at most one gate. */
  gates: Gate[];
  /** The qubit whose ⟨Z⟩ is the energy. */
  measure: number;
}

/** E(θ) = ⟨ψ(θ)| Z_measure |ψ(θ)⟩, a number from −1 to 1. Does not change thetas. */
export function expectation(circuit: Circuit, thetas: ArrayLike<number>): number {
  const size = 1 << circuit.qubits;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  re[0] = 1;
  for (const g of circuit.gates) {
    if (g.gate === 'cx') {
      const cb = 1 << g.control;
      const tb = 1 << g.target;
      for (let i = 0; i < size; i++) {
        if (!(i & cb) || i & tb) continue;
        const j = i | tb;
        [re[i], re[j]] = [re[j]!, re[i]!];
        [im[i], im[j]] = [im[j]!, im[i]!];
      }
      continue;
    }
    const c = Math.cos(thetas[g.param]! / 2);
    const s = Math.sin(thetas[g.param]! / 2);
    const bit = 1 << g.qubit;
    for (let i = 0; i < size; i++) {
      if (i & bit) continue;
      const j = i | bit;
      const [ar, ai, br, bi] = [re[i]!, im[i]!, re[j]!, im[j]!];
      if (g.gate === 'ry') {
        re[i] = c * ar - s * br; im[i] = c * ai - s * bi;
        re[j] = s * ar + c * br; im[j] = s * ai + c * bi;
      } else if (g.gate === 'rx') {
        re[i] = c * ar + s * bi; im[i] = c * ai - s * br;
        re[j] = c * br + s * ai; im[j] = c * bi - s * ar;
      } else {
        re[i] = c * ar + s * ai; im[i] = c * ai - s * ar;
        re[j] = c * br - s * bi; im[j] = c * bi + s * br;
      }
    }
  }
  let e = 0;
  const mb = 1 << circuit.measure;
  for (let i = 0; i < size; i++) e += (i & mb ? -1 : 1) * (re[i]! ** 2 + im[i]! ** 2);
  return e;
}
