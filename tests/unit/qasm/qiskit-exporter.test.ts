// Programs as the current Qiskit exporter (qiskit.qasm2.dumps) writes them, derived by hand from its source
// (tests/fixtures/qasm/qiskit/*.qasm name the file and commit each follows; Qiskit cannot be installed here). Each
// must read with no problem and prepare the state that the Python circuit it came from prepares, computed here from
// the gates' textbook matrices (Qiskit's documented matrices, little-endian: the first qubit of a gate is the low
// bit), not from the `gate` bodies in the text; and it must survive toQasm with its definitions.
//
// States are compared up to a global phase: OpenQASM 2 has no way to write one, and Qiskit's definitions drop theirs
// (its ECR definition, for one, is the ECR gate times e^{iπ/4}).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProgram, readQasm, toQasm } from '../../../src/lib/qasm';
import { BUILTIN_GATES } from '../../../src/lib/qasm/qelib1';
import { bitDistribution } from '../../../src/lib/quantum';
import {
  H, I2, P, RY, RZ, SX, U, X, Y, Z, cis, controlled, dagger, denseState, fromFn, kron, pauliRotation, scale, stateDistance, stateOf,
  type C, type M,
} from './dense';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/qasm/qiskit/${name}`, import.meta.url), 'utf8');

// Textbook matrices (Qiskit's documentation of each gate class), independent of the definitions in the fixtures.
const S = P(Math.PI / 2);
const SDG = P(-Math.PI / 2);
const SXDG = dagger(SX);
const CX = controlled(X, [0], 1, 2);
const CZ = controlled(Z, [0], 1, 2);
const CCX = controlled(X, [0, 1], 2, 3);
const diag = (d: C[]): M => fromFn(d.length, (r, c) => (r === c ? d[r]! : [0, 0]));
const CS = diag([[1, 0], [1, 0], [1, 0], [0, 1]]);
const CSDG = diag([[1, 0], [1, 0], [1, 0], [0, -1]]);
const CCZ = diag([...Array.from({ length: 7 }, (): C => [1, 0]), [-1, 0]]);
const r2 = Math.SQRT1_2;
// ECR = (IX - XY)/√2 (X on q0; X on q1 with Y on q0).
const ECR: M = [
  [[0, 0], [r2, 0], [0, 0], [0, r2]],
  [[r2, 0], [0, 0], [0, -r2], [0, 0]],
  [[0, 0], [0, r2], [0, 0], [r2, 0]],
  [[0, -r2], [0, 0], [r2, 0], [0, 0]],
];
const ISWAP: M = [
  [[1, 0], [0, 0], [0, 0], [0, 0]],
  [[0, 0], [0, 0], [0, 1], [0, 0]],
  [[0, 0], [0, 1], [0, 0], [0, 0]],
  [[0, 0], [0, 0], [0, 0], [1, 0]],
];
// DCX: |01> → |10>... as documented: columns 0,1,2,3 go to rows 0,2,3,1.
const DCX = fromFn(4, (r, c) => [[0, 2, 3, 1][c] === r ? 1 : 0, 0]);
const RXX = (t: number) => pauliRotation(kron(X, X), t);
const RYY = (t: number) => pauliRotation(kron(Y, Y), t);
// RZX(θ) q0,q1 = exp(-iθ/2 X⊗Z): Z on q0, X on q1.
const RZX = (t: number) => pauliRotation(kron(X, Z), t);
const mi = (t: number, b: number): C => [Math.sin(t / 2) * Math.sin(b), -Math.sin(t / 2) * Math.cos(b)]; // -i·sin(t/2)·e^{ib}
const XX_MINUS_YY = (t: number, b: number): M => {
  const m = diag([[Math.cos(t / 2), 0], [1, 0], [1, 0], [Math.cos(t / 2), 0]]);
  m[0]![3] = mi(t, -b);
  m[3]![0] = mi(t, b);
  return m;
};
const XX_PLUS_YY = (t: number, b: number): M => {
  const m = diag([[1, 0], [Math.cos(t / 2), 0], [Math.cos(t / 2), 0], [1, 0]]);
  m[1]![2] = mi(t, -b);
  m[2]![1] = mi(t, b);
  return m;
};
// R(θ,φ) = exp(-iθ/2 (cos φ X + sin φ Y)).
const R = (t: number, p: number): M => [
  [[Math.cos(t / 2), 0], mi(t, -p)],
  [mi(t, p), [Math.cos(t / 2), 0]],
];
const CU = (t: number, p: number, l: number, g: number) => controlled(scale(U(t, p, l), cis(g)), [0], 1, 2);

/** Reads a fixture that must be a pure circuit, with no problem. */
function readPure(name: string) {
  const r = readQasm(fixture(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r;
}

/** The round trip: toQasm with the definitions reads back to the same state and keeps every definition. */
function expectRoundTrip(r: ReturnType<typeof readPure>, want: C[]) {
  const text = toQasm(r.circuit, r.definitions);
  const back = readQasm(text);
  if (!back.ok) throw new Error(`${text}\n${JSON.stringify(back.errors)}`);
  expect(stateDistance(stateOf(back.circuit), want)).toBeLessThan(1e-12);
  const names = (d: typeof r.definitions) => (d?.definitions ?? []).map((x) => x.name).sort();
  expect(names(back.definitions)).toEqual(names(r.definitions));
  for (const call of r.definitions?.calls ?? []) expect(text).toContain(`${call.gate}`);
}

describe("QASM as Qiskit's qasm2.dumps writes it", () => {
  it('parameterised custom gates calling custom gates, used twice with different angles (renamed with ids)', () => {
    const r = readPure('nested_parameterised.qasm');
    // Inner(a) on (q0,q1): ry(a) q0; cx q0,q1. Outer(a): h q1; Inner(a) on [1,0]; rz(a/2) q0.
    const outer = (a: number, w0: number, w1: number): [M, number[]][] => [
      [H, [w1]], [RY(a), [w1]], [CX, [w1, w0]], [RZ(a / 2), [w0]],
    ];
    const want = denseState(2, [[H, [0]], ...outer(0.7, 0, 1), ...outer(1.2, 1, 0)]);
    expect(stateDistance(stateOf(r.circuit), want)).toBeLessThan(1e-12);
    expect(r.definitions?.definitions.map((d) => d.name)).toEqual(['inner', 'outer', 'inner_140213587310544', 'outer_140213587309776']);
    expectRoundTrip(r, want);
  });

  it("the standard gates the exporter defines itself (ecr, iswap, dcx, ryy, rzx, xx_minus_yy, xx_plus_yy, cs, csdg, ccz)", () => {
    const r = readPure('standard_defined.qasm');
    const pi = Math.PI;
    const want = denseState(3, [
      [H, [0]], [ECR, [0, 1]], [ISWAP, [1, 2]], [DCX, [0, 2]], [RYY(pi / 3), [0, 1]], [RZX(-pi / 4), [1, 2]],
      [XX_MINUS_YY(0.4, pi / 5), [0, 2]], [XX_PLUS_YY(1.1, -pi / 6), [2, 1]], [CS, [0, 1]], [CSDG, [1, 2]],
      [CCZ, [0, 1, 2]], [SX, [2]], [CU(0.3, 0.2, 0.1, 0.5), [0, 1]], [RXX(0.9), [1, 2]], [RZX(pi / 2), [0, 2]],
    ]);
    expect(stateDistance(stateOf(r.circuit), want)).toBeLessThan(1e-12);
    expectRoundTrip(r, want);
  });

  it('each defined standard gate alone matches its textbook matrix (so no gate hides behind another)', () => {
    // The definitions of standard_defined.qasm, each called once on fresh qubits from a state that is not |0…0⟩.
    const src = fixture('standard_defined.qasm');
    const defs = src.split('\n').filter((l) => l.startsWith('gate '));
    const cases: [string, M][] = [
      ['ecr q[0],q[1];', ECR], ['iswap q[0],q[1];', ISWAP], ['dcx q[0],q[1];', DCX], ['ryy(0.83) q[0],q[1];', RYY(0.83)],
      ['rzx(0.83) q[0],q[1];', RZX(0.83)], ['xx_minus_yy(0.83,0.37) q[0],q[1];', XX_MINUS_YY(0.83, 0.37)],
      ['xx_plus_yy(0.83,0.37) q[0],q[1];', XX_PLUS_YY(0.83, 0.37)], ['cs q[0],q[1];', CS], ['csdg q[0],q[1];', CSDG],
    ];
    // A generic product state, so every column of the gate counts.
    const prep = 'u(0.3,0.5,0.7) q[0];\nu(1.1,-0.4,0.2) q[1];\n';
    const prepSteps: [M, number[]][] = [[U(0.3, 0.5, 0.7), [0]], [U(1.1, -0.4, 0.2), [1]]];
    for (const [call, m] of cases) {
      const r = readQasm(`OPENQASM 2.0;\ninclude "qelib1.inc";\n${defs.join('\n')}\nqreg q[2];\n${prep}${call}\n`);
      if (!r.ok) throw new Error(`${call}: ${r.message}`);
      expect(stateDistance(stateOf(r.circuit), denseState(2, [...prepSteps, [m, [0, 1]]])), call).toBeLessThan(1e-12);
    }
  });

  it("the r gate, whose definition is written with expressions such as '-pi/2 + param1'", () => {
    const r = readPure('r_gate.qasm');
    const pi = Math.PI;
    const want = denseState(2, [[R(0.9, pi / 3), [0]], [H, [1]], [R(pi / 2, -0.25), [1]], [CX, [0, 1]]]);
    expect(stateDistance(stateOf(r.circuit), want)).toBeLessThan(1e-12);
    expectRoundTrip(r, want);
  });

  it('mangled names (gate_…, reg_…), several registers, pi forms 1/(2*pi), 2*pi and the number 1.e-05', () => {
    const r = readPure('mangled_names.qasm');
    const pi = Math.PI;
    // Qubits in register order: reg_Q_data[0], reg_Q_data[1], anc[0].
    const g1: [M, number[]][] = [[X, [2]], [P(pi / 8), [2]]];
    const want = denseState(3, [
      [H, [0]], ...g1, [CZ, [0, 2]],
      [H, [1]], [SXDG, [1]], [U(2 * pi, (3 * pi) / 4, -pi), [1]],
      [P(1 / (2 * pi)), [2]], [RZ(1e-5), [1]], [CX, [1, 2]],
    ]);
    expect(stateDistance(stateOf(r.circuit), want)).toBeLessThan(1e-12);
    expect(r.definitions?.definitions.map((d) => d.name)).toEqual(['gate_My_Gate_', 'gate_if', 'gate_2qft']);
    expectRoundTrip(r, want);
  });

  it('measure, reset and if (c == 1) read as a dynamic program with the hand-derived distribution', () => {
    // Bell pair; measure q0 into c; reset q0; if c == 1 flip q1 back; measure q1 into c: q1 is always 0 then.
    // (Ignoring the `if` would give c = 1 half the time.)
    const p = readProgram(fixture('reset_if.qasm'));
    if (!p.ok || p.kind !== 'dynamic') throw new Error(JSON.stringify(p));
    const dist = bitDistribution(p.program)!;
    expect(dist).toHaveLength(1);
    expect(dist[0]!.bits).toBe(0);
    expect(dist[0]!.p).toBeCloseTo(1, 12);
  });

  it("reads other forms Qiskit's own export tests expect (test/python/qasm2/test_export.py at 301a22ce)", () => {
    const head = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';
    // An empty body is written with two spaces (test_permutation_gate...); a clash inside a body renames the outer
    // gate a_<id> (test_sequencial_inner_gates_with_same_name).
    const empty = readQasm(`${head}gate permutation__0_1_2_ q0,q1,q2 {  }\ngate custom q0,q1,q2 { permutation__0_1_2_ q0,q1,q2; h q2; }\nqreg q[3];\ncustom q[0],q[1],q[2];`);
    if (!empty.ok) throw new Error(empty.message);
    expect(stateDistance(stateOf(empty.circuit), denseState(3, [[H, [2]]]))).toBeLessThan(1e-12);
    const clash = readQasm(`${head}gate a q0,q1,q2 { h q0; h q1; h q2; }\ngate a_140213587310544 q0,q1,q2 { a q0,q1,q2; x q0; x q1; x q2; }\nqreg q[3];\na_140213587310544 q[0],q[1],q[2];\nz q[0];`);
    if (!clash.ok) throw new Error(clash.message);
    expect(stateDistance(stateOf(clash.circuit), denseState(3, [[H, [0]], [H, [1]], [H, [2]], [X, [0]], [X, [1]], [X, [2]], [Z, [0]]]))).toBeLessThan(1e-12);
    // pi_check's raw forms: format(x, '#') keeps the point ("1.e+20"); powers of pi are written as plain numbers.
    const nums = readQasm(`${head}qreg q[1];\nu(9.869604401089358,1/(1*pi),-3*pi/2) q[0];\nrz(1.e+20) q[0];`);
    if (!nums.ok) throw new Error(nums.message);
    expect(nums.circuit.ops[0]!.params).toEqual([9.869604401089358, 1 / Math.PI, (-3 * Math.PI) / 2]);
    expect(nums.circuit.ops[1]!.params).toEqual([1e20]);
    // A conditional reset (test_reset_can_be_conditioned) is a dynamic program.
    const p = readProgram(`${head}qreg qr[1];\ncreg cr[1];\nif (cr == 0) reset qr[0];`);
    expect(p.ok && p.kind).toBe('dynamic');
    // and the reason names what the condition guards
    expect(p.ok && p.kind === 'dynamic' && p.reason).toBe('line 5: if (cr == 0) makes a reset depend on measurement results');
  });

  it('knows every gate name the exporter writes without a definition (its _EXISTING_GATE_NAMES)', () => {
    // qiskit/qasm2/export.py _EXISTING_GATE_NAMES at 301a22ce, less barrier/measure/reset (statements), with c3sx
    // written as c3sqrtx (_instruction_call_site).
    const existing = [
      'u3', 'u2', 'u1', 'cx', 'id', 'u0', 'u', 'p', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz', 'sx',
      'sxdg', 'cz', 'cy', 'swap', 'ch', 'ccx', 'cswap', 'crx', 'cry', 'crz', 'cu1', 'cp', 'cu3', 'csx', 'cu', 'rxx',
      'rzz', 'rccx', 'rc3x', 'c3x', 'c3sqrtx', 'c4x',
    ];
    for (const name of existing) {
      const g = BUILTIN_GATES.get(name);
      expect(g, name).toBeDefined();
      // Called as the exporter would, with no definition in the program: it must read.
      const args = Array.from({ length: g!.params }, (_, i) => `${0.1 * (i + 1)}`).join(',');
      const wires = Array.from({ length: g!.qubits }, (_, i) => `q[${i}]`).join(',');
      const r = readQasm(`OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[5];\n${name}${args ? `(${args})` : ''} ${wires};\n`);
      expect(r.ok, `${name}: ${r.ok ? '' : r.message}`).toBe(true);
    }
  });

  it('the hand-typed textbook matrices are unitary', () => {
    // Guards the hand-typed matrices above (a typo would make every comparison meaningless).
    for (const m of [ECR, ISWAP, DCX, CS, CSDG, CCZ, XX_MINUS_YY(0.83, 0.37), XX_PLUS_YY(0.83, 0.37), kron(I2, I2)]) {
      const n = m.length;
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
        let re = 0, im = 0;
        for (let k = 0; k < n; k++) {
          const a = m[k]![r]!, b = m[k]![c]!;
          re += a[0] * b[0] + a[1] * b[1];
          im += a[0] * b[1] - a[1] * b[0];
        }
        expect(Math.hypot(re - (r === c ? 1 : 0), im)).toBeLessThan(1e-12);
      }
    }
  });
});
