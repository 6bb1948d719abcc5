// A regression corpus: small OpenQASM 2 programs in tests/fixtures/qasm, in the styles of Qiskit's qasm2.dumps and
// of people writing by hand. Each is checked against an expected gate list, a state computed here with dense
// matrices from the gates' definitions, or an expected refusal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgram, readQasm } from '../../../src/lib/qasm';
import { bitDistribution } from '../../../src/lib/quantum';
import type { Circuit, GateOp } from '../../../src/lib/quantum';
import {
  H, I2, P, RX, RY, RZ, SX, U, X, Y, Z, controlled, cis, dagger, denseState, kron, pauliRotation, scale, stateDistance, stateOf, type C, type M,
} from './dense';

const DIR = join(__dirname, '../../fixtures/qasm');
const PI = Math.PI;
const S2 = Math.SQRT1_2;

type Expectation =
  | { qubits: number; ops: [string, number[], number[]?][] }
  | { qubits: number; state: C[] }
  | { qubits: number; steps: [M, number[]][] }
  | { refused: { line: number; message: RegExp } }
  /** A program whose run depends on measurements: the distribution of its classical bits (bit 0 = first creg's bit 0). */
  | { dynamic: { line: number; reason: RegExp; bits: Record<number, number> } };

const basis = (n: number, k: number): C[] => Array.from({ length: 1 << n }, (_, j): C => [j === k ? 1 : 0, 0]);
const ket = (m: M, col = 0): C[] => m.map((row) => row[col]!);
/** kron of single-qubit states, listed from q[0] upwards. */
const product = (...qs: C[][]): C[] => qs.reduceRight<C[]>((acc, q) => acc.flatMap((x) => q.map((y): C => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]])), [[1, 0]]);
const plus: C[] = [[S2, 0], [S2, 0]];
const iswap: M = [[[1, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 1], [0, 0]], [[0, 0], [0, 1], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [1, 0]]];
const ctl = (u: M) => controlled(u, [0], 1, 2);
const rzz = (t: number) => pauliRotation(kron(Z, Z), t);
const psi = ket(U(1.2, 0.4, -0.7));
/** ry(0.8) then rz(0.3) on |0> */
const xy = ket(mulM(RZ(0.3), RY(0.8)));

function mulM(a: M, b: M): M {
  return a.map((row) => b[0]!.map((_, c) => row.reduce<C>((s, x, k) => [s[0] + x[0] * b[k]![c]![0] - x[1] * b[k]![c]![1], s[1] + x[0] * b[k]![c]![1] + x[1] * b[k]![c]![0]], [0, 0])));
}

const EXPECTED: Record<string, Expectation> = {
  '01_bell.qasm': { qubits: 2, state: [[S2, 0], [0, 0], [0, 0], [S2, 0]] },
  '02_ghz_qiskit.qasm': { qubits: 3, state: basis(3, 0).map((_, k): C => [k === 0 || k === 7 ? S2 : 0, 0]) },
  // QFT|x> = Σ_k e^{2πi·x·k/8}|k>/√8 with x = 1
  '03_qft3_qiskit.qasm': { qubits: 3, state: Array.from({ length: 8 }, (_, k): C => [Math.cos((2 * PI * k) / 8) / Math.sqrt(8), Math.sin((2 * PI * k) / 8) / Math.sqrt(8)]) },
  '04_grover2.qasm': { qubits: 2, state: basis(2, 3) },
  // data q[2..0] = 101, ancilla (qubit 3) = 1
  '05_bernstein_vazirani.qasm': { qubits: 4, state: basis(4, 0b1101) },
  // the measured qubits end in |+>, the state arrives on q[2]
  '06_teleport_deferred.qasm': { qubits: 3, state: product(plus, plus, psi) },
  '07_qiskit_custom_gates.qasm': {
    qubits: 3,
    ops: [
      ['h', [0]],
      ['h', [1]], ['cx', [0, 1]], ['rz', [1], [PI / 4]], ['cx', [0, 1]], ['h', [1]],
      ['x', [0]],
      ['h', [1]], ['cx', [0, 1]], ['rz', [1], [-PI / 4]], ['cx', [0, 1]], ['h', [1]],
      ['rz', [2], [PI / 3]], ['ry', [2], [0.25]],
    ],
  },
  '08_handwritten_mixed.qasm': {
    qubits: 4,
    ops: [
      ['u3', [0], [0.5, 0, PI]], ['cx', [0, 2]], ['h', [2]], ['h', [3]], ['cx', [0, 2]], ['cx', [1, 3]],
      ['rz', [1], [0.15]], ['ry', [3], [1]], ['rx', [0], [-PI / 1024]],
    ],
  },
  '09_swap_test.qasm': { qubits: 3, state: product([[1, 0], [0, 0]], xy, xy) },
  '10_superdense.qasm': { qubits: 2, state: basis(2, 3) },
  '11_qiskit_legacy_u.qasm': {
    qubits: 2,
    steps: [[P(PI / 4), [0]], [U(PI / 2, 0, PI), [1]], [U(PI / 2, PI / 4, -PI / 8), [0]], [ctl(P(PI / 8)), [0, 1]], [ctl(U(0.1, 0.2, 0.3)), [1, 0]], [I2, [1]], [I2, [0]]],
  },
  '12_qaoa_triangle.qasm': {
    qubits: 3,
    steps: [[H, [0]], [H, [1]], [H, [2]], [rzz(0.7), [0, 1]], [rzz(0.7), [1, 2]], [rzz(0.7), [0, 2]], [RX(0.7), [0]], [RX(0.7), [1]], [RX(0.7), [2]]],
  },
  // c4x flips q[4]; then c3x on q[1..3] flips q[0] back
  '13_multicontrolled.qasm': { qubits: 5, state: basis(5, 0b11110) },
  '14_qiskit_extras.qasm': {
    qubits: 2,
    steps: [
      [SX, [0]], [dagger(SX), [1]], [pauliRotation(kron(X, X), 0.4), [0, 1]], [pauliRotation(kron(Y, Y), -0.9), [1, 0]],
      [iswap, [0, 1]], [ctl(SX), [1, 0]], [ctl(scale(U(0.3, 0.2, 0.1), cis(0.5))), [0, 1]],
    ],
  },
  // Teleportation with classically controlled corrections: c0 and c1 are fair coins, independent of each other, and
  // q[2] ends in u3(0.3, 0.2, 0.1)|0⟩ whatever they read, so c2 = 1 with probability sin²(0.15).
  '15_teleport_classical.qasm': {
    dynamic: {
      line: 15, reason: /if \(c0 == 1\) makes a gate depend on measurement results/,
      bits: Object.fromEntries([0, 1, 2, 3].flatMap((c01) => [[c01, Math.cos(0.15) ** 2 / 4], [c01 | 4, Math.sin(0.15) ** 2 / 4]])),
    },
  },
  // X then reset: the qubit reads 0 every time.
  '16_reset.qasm': { dynamic: { line: 6, reason: /reset returns a qubit to \|0⟩/, bits: { 0: 1 } } },
  // H, measure, then CX copies the outcome: c = 00 or 11 (c[0] rightmost), half each.
  '17_mid_circuit_measure.qasm': { dynamic: { line: 7, reason: /q\[0\] was measured on line 6 and cx acts on it afterwards/, bits: { 0: 0.5, 3: 0.5 } } },
  '18_opaque.qasm': { refused: { line: 3, message: /opaque gate "vendor_pulse" has no definition/ } },
};

function sameOps(got: GateOp[], want: [string, number[], number[]?][]) {
  expect(got.map((o) => [o.gate, o.wires])).toEqual(want.map(([g, w]) => [g, w]));
  got.forEach((o, k) => {
    const p = want[k]![2] ?? [];
    expect(o.params ?? []).toHaveLength(p.length);
    p.forEach((v, j) => expect(o.params![j]).toBeCloseTo(v, 12));
  });
}

describe('OpenQASM 2 corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.qasm')).sort();

  it('has an expectation for every fixture, and at least 15 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(Object.keys(EXPECTED))('%s', (file) => {
    const want = EXPECTED[file]!;
    const src = readFileSync(join(DIR, file), 'utf8');
    const r = readQasm(src);
    if ('dynamic' in want) {
      // The view that needs one state vector refuses it, saying why; the program reader runs it exactly.
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.line).toBe(want.dynamic.line);
      expect(r.message).toMatch(/no single state vector/);
      const prog = readProgram(src);
      if (!prog.ok || prog.kind !== 'dynamic') throw new Error(`expected a dynamic program, got ${JSON.stringify(prog)}`);
      expect(prog.line).toBe(want.dynamic.line);
      expect(prog.reason).toMatch(want.dynamic.reason);
      const dist = bitDistribution(prog.program)!;
      const got = Object.fromEntries(dist.map((o) => [o.bits, o.p]));
      expect(Object.keys(got).map(Number).sort()).toEqual(Object.keys(want.dynamic.bits).map(Number).sort());
      for (const [bits, p] of Object.entries(want.dynamic.bits)) expect(got[Number(bits)]).toBeCloseTo(p, 12);
      return;
    }
    if ('refused' in want) {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.line).toBe(want.refused.line);
      expect(r.message).toMatch(want.refused.message);
      return;
    }
    if (!r.ok) throw new Error(r.message);
    const c: Circuit = r.circuit;
    expect(c.numQubits).toBe(want.qubits);
    if ('ops' in want) sameOps(c.ops, want.ops);
    else {
      const target = 'state' in want ? want.state : denseState(want.qubits, want.steps);
      expect(stateDistance(stateOf(c), target)).toBeLessThan(1e-12);
    }
  });
});
