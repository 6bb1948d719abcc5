// Every gate of qelib1.inc and the other names Qiskit writes, read by the reader, against a dense matrix written in
// this file from the gate's definition (not from the engine's gate table). OpenQASM 2 has no controlled-gate
// modifier, so a gate's global phase never shows: matrices are compared up to one global phase, and nothing else.
import { describe, expect, it } from 'vitest';
import { readQasm } from '../../../src/lib/qasm';
import { QELIB1_NAMES } from '../../../src/lib/qasm/qelib1';
import {
  H, I2, P, RX, RY, RZ, SX, U, X, Y, Z, add, controlled, dagger, distanceUpToPhase, eye, kron, mul, pauliRotation, permutation, scale, unitaryOf, type M,
} from './dense';

const [a, b, c, d] = [0.3, -1.1, 2.4, 0.7];
const S = P(Math.PI / 2);
const T = P(Math.PI / 4);

/** name, angles, number of qubits, reference matrix (qubits listed in order are q[0], q[1], …). */
const CASES: [string, number[], number, M][] = [
  ['U', [a, b, c], 1, U(a, b, c)],
  ['CX', [], 2, controlled(X, [0], 1, 2)],
  ['u3', [a, b, c], 1, U(a, b, c)],
  ['u2', [b, c], 1, U(Math.PI / 2, b, c)],
  ['u1', [a], 1, P(a)],
  ['cx', [], 2, controlled(X, [0], 1, 2)],
  ['id', [], 1, I2],
  ['u0', [a], 1, I2],
  ['u', [a, b, c], 1, U(a, b, c)],
  ['p', [a], 1, P(a)],
  ['x', [], 1, X],
  ['y', [], 1, Y],
  ['z', [], 1, Z],
  ['h', [], 1, H],
  ['s', [], 1, S],
  ['sdg', [], 1, dagger(S)],
  ['t', [], 1, T],
  ['tdg', [], 1, dagger(T)],
  ['rx', [a], 1, RX(a)],
  ['ry', [a], 1, RY(a)],
  ['rz', [a], 1, RZ(a)],
  ['sx', [], 1, SX],
  ['sxdg', [], 1, dagger(SX)],
  ['cz', [], 2, controlled(Z, [0], 1, 2)],
  ['cy', [], 2, controlled(Y, [0], 1, 2)],
  ['swap', [], 2, permutation(2, (k) => ((k & 1) << 1) | ((k >> 1) & 1))],
  ['ch', [], 2, controlled(H, [0], 1, 2)],
  ['ccx', [], 3, controlled(X, [0, 1], 2, 3)],
  ['cswap', [], 3, permutation(3, (k) => (k & 1 ? (k & 1) | ((k & 2) << 1) | ((k & 4) >> 1) : k))],
  ['crx', [a], 2, controlled(RX(a), [0], 1, 2)],
  ['cry', [a], 2, controlled(RY(a), [0], 1, 2)],
  ['crz', [a], 2, controlled(RZ(a), [0], 1, 2)],
  ['cu1', [a], 2, controlled(P(a), [0], 1, 2)],
  ['cp', [a], 2, controlled(P(a), [0], 1, 2)],
  ['cu3', [a, b, c], 2, controlled(U(a, b, c), [0], 1, 2)],
  ['csx', [], 2, controlled(SX, [0], 1, 2)],
  ['cu', [a, b, c, d], 2, controlled(scale(U(a, b, c), [Math.cos(d), Math.sin(d)]), [0], 1, 2)],
  ['rxx', [a], 2, pauliRotation(kron(X, X), a)],
  ['rzz', [a], 2, pauliRotation(kron(Z, Z), a)],
  ['c3x', [], 4, controlled(X, [0, 1, 2], 3, 4)],
  ['c3sqrtx', [], 4, controlled(SX, [0, 1, 2], 3, 4)],
  ['c4x', [], 5, controlled(X, [0, 1, 2, 3], 4, 5)],
  // Qiskit's names outside qelib1.inc.
  ['c3sx', [], 4, controlled(SX, [0, 1, 2], 3, 4)],
  ['rzx', [a], 2, pauliRotation(kron(X, Z), a)], // Z on q[0], X on q[1]
  ['ryy', [a], 2, pauliRotation(kron(Y, Y), a)],
  ['dcx', [], 2, mul(controlled(X, [1], 0, 2), controlled(X, [0], 1, 2))],
  // ECR = (IX - XY)/√2 in Qiskit's notation, the left factor on q[1].
  ['ecr', [], 2, scale(add(kron(I2, X), scale(kron(X, Y), [-1, 0])), [Math.SQRT1_2, 0])],
  ['iswap', [], 2, [[[1, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 1], [0, 0]], [[0, 0], [0, 1], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [1, 0]]]],
  ['r', [a, b], 1, add(scale(I2, [Math.cos(a / 2), 0]), scale(add(scale(X, [Math.cos(b), 0]), scale(Y, [Math.sin(b), 0])), [0, -Math.sin(a / 2)]))],
  ['cs', [], 2, controlled(S, [0], 1, 2)],
  ['csdg', [], 2, controlled(dagger(S), [0], 1, 2)],
  ['ccz', [], 3, controlled(Z, [0, 1], 2, 3)],
];

function circuitOf(name: string, params: number[], n: number) {
  const args = Array.from({ length: n }, (_, j) => `q[${j}]`).join(',');
  const angles = params.length ? `(${params.join(',')})` : '';
  const r = readQasm(`OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[${n}];\n${name}${angles} ${args};\n`);
  if (!r.ok) throw new Error(r.message);
  return r.circuit;
}

describe('the gates of qelib1.inc and Qiskit, against their matrices', () => {
  it('covers every name of qelib1.inc', () => {
    const tested = new Set([...CASES.map(([n]) => n), 'rccx', 'rc3x']);
    expect(QELIB1_NAMES.filter((n) => !tested.has(n))).toEqual([]);
  });

  it.each(CASES)('%s', (name, params, n, want) => {
    expect(distanceUpToPhase(unitaryOf(circuitOf(name, params, n)), want)).toBeLessThan(1e-12);
  });

  it("qelib1.inc's printed c3sqrtx and c4x bodies are not what their names say (why qelib1.ts departs from them)", () => {
    const text = 'gate c3sqrtx_qelib1 a,b,c,d { h d; cu1(-pi/8) a,d; h d; cx a,b; h d; cu1(pi/8) b,d; h d; cx a,b; h d; cu1(-pi/8) b,d; h d; cx b,c; h d; cu1(pi/8) c,d; h d; cx a,c; h d; cu1(-pi/8) c,d; h d; cx b,c; h d; cu1(pi/8) c,d; h d; cx a,c; h d; cu1(-pi/8) c,d; h d; }\n'
      + 'gate c4x_qelib1 a,b,c,d,e { h e; cu1(-pi/2) d,e; h e; c3x a,b,c,d; h d; cu1(pi/4) d,e; h d; c3x a,b,c,d; c3sqrtx_qelib1 a,b,c,e; }\n';
    const run = (call: string, n: number) => {
      const r = readQasm(`OPENQASM 2.0;\ninclude "qelib1.inc";\n${text}qreg q[${n}];\n${call};\n`);
      if (!r.ok) throw new Error(r.message);
      return unitaryOf(r.circuit);
    };
    const c3sqrtx = run('c3sqrtx_qelib1 q[0],q[1],q[2],q[3]', 4);
    expect(distanceUpToPhase(c3sqrtx, controlled(dagger(SX), [0, 1, 2], 3, 4))).toBeLessThan(1e-12);
    expect(distanceUpToPhase(c3sqrtx, controlled(SX, [0, 1, 2], 3, 4))).toBeGreaterThan(0.5);
    expect(distanceUpToPhase(run('c4x_qelib1 q[0],q[1],q[2],q[3],q[4]', 5), controlled(X, [0, 1, 2, 3], 4, 5))).toBeGreaterThan(0.5);
  });

  it('applies a gate to the qubits named, in their order', () => {
    const r = readQasm('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[3];\ncswap q[2],q[0],q[1];\n');
    if (!r.ok) throw new Error(r.message);
    // control q[2], swapping q[0] and q[1]
    const want = permutation(3, (k) => (k & 4 ? (k & 4) | ((k & 1) << 1) | ((k & 2) >> 1) : k));
    expect(distanceUpToPhase(unitaryOf(r.circuit), want)).toBeLessThan(1e-12);
  });

  // Relative-phase Toffolis: equal to the Toffoli up to a diagonal of phases, by design (Margolus; Maslov 2016).
  it.each([
    ['rccx', 3, controlled(X, [0, 1], 2, 3)],
    ['rc3x', 4, controlled(X, [0, 1, 2], 3, 4)],
  ] as const)('%s is its Toffoli up to relative phases only', (name, n, toffoli) => {
    const diag = mul(unitaryOf(circuitOf(name, [], n)), dagger(toffoli));
    diag.forEach((row, r) => row.forEach((v, k) => expect(Math.hypot(...v)).toBeCloseTo(r === k ? 1 : 0, 12)));
  });

  it('rccx has the phases Qiskit documents (-1 on |101>, ±i on the flipped pair)', () => {
    const want = eye(8);
    want[3]![3] = [0, 0];
    want[7]![7] = [0, 0];
    want[7]![3] = [0, 1];
    want[3]![7] = [0, -1];
    want[5]![5] = [-1, 0];
    expect(distanceUpToPhase(unitaryOf(circuitOf('rccx', [], 3)), want)).toBeLessThan(1e-12);
  });
});
