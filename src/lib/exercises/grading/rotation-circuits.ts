/**
 * Circuits of RX, RY, RZ and CNOT written as data, as exercises 16 (parameter shift) and 17 (finite differences) hand
 * them to learner code, and their exact gradients for those graders: with ψ = U_G⋯U_1|0⟩ and gate g = exp(−iθP/2)
 * holding angle k, ∂ψ/∂θ_k = U_G⋯U_{g+1}(−iP/2)U_g⋯U_1|0⟩ and ∂E/∂θ_k = 2 Re⟨ψ|Z|∂ψ⟩, from dense matrices
 * (./dense.ts). Neither the shift rule, nor finite differences, nor the exercises' own circuit.ts is used.
 */
import { cadd, cmul, embed, type C, type M } from './dense';
import { intIn, uniformIn, type Rng } from './prng';

export type RotationGate = { gate: 'rx' | 'ry' | 'rz'; qubit: number; param: number } | { gate: 'cx'; control: number; target: number };
/** The learner's Circuit: qubits, gates applied in order to |0…0⟩, and the qubit whose ⟨Z⟩ is the energy. */
export interface RotationCircuit { qubits: number; gates: RotationGate[]; measure: number }

type Gate = RotationGate;
type Circuit = RotationCircuit;

const PAULI: Record<'rx' | 'ry' | 'rz', M> = {
  rx: [[[0, 0], [1, 0]], [[1, 0], [0, 0]]],
  ry: [[[0, 0], [0, -1]], [[0, 1], [0, 0]]],
  rz: [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]],
};
/** exp(−iθP/2) = cos(θ/2) I − i sin(θ/2) P. */
const rotation = (P: M, t: number): M => P.map((row, i) => row.map((p, j) => cadd([i === j ? Math.cos(t / 2) : 0, 0], cmul([0, -Math.sin(t / 2)], p))));
const apply = (U: M, v: C[]): C[] => U.map((row) => row.reduce((s, u, j) => cadd(s, cmul(u, v[j]!)), [0, 0] as C));

function gateMatrix(g: Gate, thetas: number[], n: number): M {
  if (g.gate !== 'cx') return embed(rotation(PAULI[g.gate], thetas[g.param]!), g.qubit, n);
  const size = 1 << n;
  // A permutation: |i⟩ → |i xor target bit⟩ when the control bit of i is set.
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => [((c >> g.control) & 1 ? c ^ (1 << g.target) : c) === r ? 1 : 0, 0] as C));
}

/** The analytic gradient of ⟨Z_measure⟩, one entry per angle. */
export function analyticGradient(circuit: Circuit, thetas: number[]): number[] {
  const n = circuit.qubits;
  const mats = circuit.gates.map((g) => gateMatrix(g, thetas, n));
  const zero: C[] = Array.from({ length: 1 << n }, (_, i) => [i === 0 ? 1 : 0, 0]);
  const psi = mats.reduce((v, U) => apply(U, v), zero);
  const zSign = (i: number) => ((i >> circuit.measure) & 1 ? -1 : 1);
  return thetas.map((_, k) => {
    const g = circuit.gates.findIndex((x) => x.gate !== 'cx' && x.param === k);
    if (g < 0) return 0;
    const gate = circuit.gates[g] as Extract<Gate, { param: number }>;
    let v = zero;
    for (let i = 0; i <= g; i++) v = apply(mats[i]!, v);
    v = apply(embed(PAULI[gate.gate].map((row) => row.map((p) => cmul([0, -0.5], p))), gate.qubit, n), v);
    for (let i = g + 1; i < mats.length; i++) v = apply(mats[i]!, v);
    return 2 * psi.reduce((s, a, i) => s + zSign(i) * (a[0] * v[i]![0] + a[1] * v[i]![1]), 0);
  });
}

/** The circuit in words, for a check's message. */
export const describeCircuit = (c: Circuit) => c.gates.map((g) => (g.gate === 'cx' ? `CX(${g.control}→${g.target})` : `${g.gate.toUpperCase()}(θ${g.param}) on ${g.qubit}`)).join(', ') + `; ⟨Z⟩ of qubit ${c.measure}`;

/** A random circuit of 1 to 4 qubits and 1 to 8 angles (each in one rotation, some after a CNOT), and angles for it. */
export function randomRotationCircuit(rng: Rng): { circuit: Circuit; thetas: number[] } {
  const qubits = intIn(rng, 1, 4);
  const P = intIn(rng, 1, 8);
  const order = Array.from({ length: P }, (_, i) => i).sort(() => rng() - 0.5);
  const gates: Gate[] = [];
  for (const param of order) {
    if (qubits > 1 && rng() < 0.4) {
      const control = intIn(rng, 0, qubits - 1);
      gates.push({ gate: 'cx', control, target: (control + intIn(rng, 1, qubits - 1)) % qubits });
    }
    gates.push({ gate: (['rx', 'ry', 'rz'] as const)[intIn(rng, 0, 2)]!, qubit: intIn(rng, 0, qubits - 1), param });
  }
  return { circuit: { qubits, gates, measure: intIn(rng, 0, qubits - 1) }, thetas: order.map(() => uniformIn(rng, -Math.PI, Math.PI)) };
}
