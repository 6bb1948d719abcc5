// Correct, another way: x, y, z are the expectation values ⟨ψ|X|ψ⟩, ⟨ψ|Y|ψ⟩, ⟨ψ|Z|ψ⟩ divided by ⟨ψ|ψ⟩, computed by
// applying each Pauli matrix to the vector and taking the inner product, on [re, im] tuples.
import type { Complex } from '../solution/bloch-vector';
type C = [number, number];
const mul = (p: C, q: C): C => [p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]];
const conj = (p: C): C => [p[0], -p[1]];
const I: C = [0, 1];
const NEG_I: C = [0, -1];
const ONE: C = [1, 0];
const NEG_ONE: C = [-1, 0];
const ZERO: C = [0, 0];
const PAULIS: [C, C, C, C][] = [
  [ZERO, ONE, ONE, ZERO],
  [ZERO, NEG_I, I, ZERO],
  [ONE, ZERO, ZERO, NEG_ONE],
];

export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const psi: [C, C] = [[a.re, a.im], [b.re, b.im]];
  const inner = (u: [C, C], v: [C, C]) => {
    const s0 = mul(conj(u[0]), v[0]);
    const s1 = mul(conj(u[1]), v[1]);
    return [s0[0] + s1[0], s0[1] + s1[1]] as C;
  };
  const norm = inner(psi, psi)[0];
  if (norm === 0) throw new Error('no state: both amplitudes are zero');
  return PAULIS.map(([m00, m01, m10, m11]) => {
    const r0 = mul(m00, psi[0]);
    const r1 = mul(m01, psi[1]);
    const r2 = mul(m10, psi[0]);
    const r3 = mul(m11, psi[1]);
    const applied: [C, C] = [[r0[0] + r1[0], r0[1] + r1[1]], [r2[0] + r3[0], r2[1] + r3[1]]];
    return inner(psi, applied)[0] / norm;
  }) as [number, number, number];
}
