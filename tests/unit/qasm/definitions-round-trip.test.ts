// A program's own `gate` definitions survive reading and writing: toQasm(circuit, definitions) writes them back and
// writes calls where their gates are intact, falling back to single gates where the circuit was edited. States are
// checked against programs expanded by hand (and once against dense matrices), never only against the writer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQasm, toQasm } from '../../../src/lib/qasm';
import { runCircuit, type Circuit } from '../../../src/lib/quantum';
import { I2, controlled, distanceUpToPhase, kron, mul, pauliRotation, X, Y, Z, type M } from './dense';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function read(src: string) {
  const r = readQasm(src);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Largest distance between the two circuits' final states, amplitude by amplitude (global phase included). */
function stateDistance(a: Circuit, b: Circuit): number {
  expect(a.numQubits).toBe(b.numQubits);
  const sa = runCircuit(a);
  const sb = runCircuit(b);
  let d = 0;
  for (let k = 0; k < sa.re.length; k++) d = Math.max(d, Math.hypot(sa.re[k]! - sb.re[k]!, sa.im[k]! - sb.im[k]!));
  return d;
}

/** Writes, reads back, writes again: returns both texts and what the first one read back to. */
function roundTrip(src: string) {
  const r = read(src);
  const text = toQasm(r.circuit, r.definitions);
  const back = read(text);
  return { r, text, back, again: toQasm(back.circuit, back.definitions) };
}

// In Qiskit's qasm2.dumps style: definitions named mycx, parameters p0, p1; calls with expressions.
const QISKIT_STYLE = `${HEAD}gate mycx q0,q1 { cx q0,q1; }
gate rot(p0,p1) q0 { rz(p0) q0; ry(p1) q0; }
gate layer(p0) q0,q1 { rot(p0,2*p0) q0; // a comment inside a body
  barrier q0,q1;
  mycx q0,q1; rot(-p0/3, pi - p0) q1; }
qreg q[3];
creg c[3];
h q[0];
rot(pi/2,-0.3) q[1];
layer( 0.25 ) q[2],q[0];
mycx q[0],q[1];
measure q -> c;
`;

// The same program expanded by hand.
const QISKIT_STYLE_EXPANDED = `${HEAD}qreg q[3];
h q[0];
rz(pi/2) q[1]; ry(-0.3) q[1];
rz(0.25) q[2]; ry(2*0.25) q[2]; cx q[2],q[0]; rz(-0.25/3) q[0]; ry(pi - 0.25) q[0];
cx q[0],q[1];
`;

describe('gate definitions survive export', () => {
  it('writes the definitions used (nested ones first) and the calls, normalised', () => {
    const { text } = roundTrip(QISKIT_STYLE);
    expect(text).toBe(`${HEAD}gate mycx q0,q1 { cx q0,q1; }
gate rot(p0,p1) q0 { rz(p0) q0; ry(p1) q0; }
gate layer(p0) q0,q1 { rot(p0,2*p0) q0; mycx q0,q1; rot(-p0/3,pi-p0) q1; }
qreg q[3];
h q[0];
rot(pi/2,-0.3) q[1];
layer(0.25) q[2],q[0];
mycx q[0],q[1];
`);
  });

  it('reads back to the state of the program expanded by hand, and is a fixed point', () => {
    const { r, text, back, again } = roundTrip(QISKIT_STYLE);
    const expanded = read(QISKIT_STYLE_EXPANDED).circuit;
    expect(stateDistance(r.circuit, expanded)).toBeLessThan(1e-12);
    expect(stateDistance(back.circuit, expanded)).toBeLessThan(1e-12);
    expect(again).toBe(text);
  });

  it('agrees with the state from dense matrices written from the gates\' definitions (up to global phase)', () => {
    // rot(a,b) on q1 = Ry(b)·Rz(a); then cx q0→q1. Qubit 0 is the low bit of the index (kron(high, low)).
    const rz = (t: number) => pauliRotation(Z, t);
    const ry = (t: number) => pauliRotation(Y, t);
    const src = `${HEAD}gate mycx q0,q1 { cx q0,q1; }\ngate rot(p0,p1) q0 { rz(p0) q0; ry(p1) q0; }\nqreg q[2];\nx q[0];\nrot(pi/2,-0.3) q[1];\nmycx q[0],q[1];\n`;
    const { back } = roundTrip(src);
    const u = mul(controlled(X, [0], 1, 2), mul(kron(mul(ry(-0.3), rz(Math.PI / 2)), I2), kron(I2, X)));
    const engine = runCircuit(back.circuit);
    const got: M = Array.from({ length: 4 }, (_, k) => [[engine.re[k]!, engine.im[k]!]]);
    expect(distanceUpToPhase(got, u.map((row) => [row[0]!]))).toBeLessThan(1e-12);
  });

  it('writes a call whose gates were edited as single gates, with the edited circuit\'s state', () => {
    const r = read(QISKIT_STYLE);
    // The layer call's gates are ops 3..7 (h, rz, ry come first); take out its cx.
    expect(r.circuit.ops[5]).toEqual({ gate: 'cx', wires: [2, 0] });
    const edited: Circuit = { numQubits: 3, ops: r.circuit.ops.filter((_, i) => i !== 5) };
    const text = toQasm(edited, r.definitions);
    expect(text).not.toMatch(/^layer/m);
    expect(text).toMatch(/^rot\(pi\/2,-0\.3\) q\[1\];$/m);
    expect(text).toMatch(/^mycx q\[0\],q\[1\];$/m);
    expect(text).not.toMatch(/^gate layer/m);
    const back = read(text);
    expect(stateDistance(back.circuit, edited)).toBeLessThan(1e-12);
    expect(toQasm(back.circuit, back.definitions)).toBe(text);
  });

  it('keeps a gate the learner added after the calls as a gate, even when it equals a call\'s expansion', () => {
    const r = read(`${HEAD}gate mycx a,b { cx a,b; }\nqreg q[2];\nmycx q[0],q[1];\n`);
    const text = toQasm({ numQubits: 2, ops: [...r.circuit.ops, { gate: 'cx', wires: [0, 1] }] }, r.definitions);
    expect(text.split('\n').slice(-3)).toEqual(['mycx q[0],q[1];', 'cx q[0],q[1];', '']);
  });

  it('writes a definition that redefines a built-in gate only when no built-in gate of that name is written', () => {
    // The program defines its own swap; the engine's swap written as a gate would then mean the definition.
    const src = `${HEAD}gate swap a,b { cx a,b; cx b,a; cx a,b; }\nqreg q[2];\nx q[0];\nswap q[0],q[1];\n`;
    const { r, text, again } = roundTrip(src);
    expect(text).toMatch(/^gate swap/m);
    expect(again).toBe(text);
    const edited: Circuit = { numQubits: 2, ops: [...r.circuit.ops, { gate: 'swap', wires: [1, 0] }, { gate: 'h', wires: [0] }] };
    const out = toQasm(edited, r.definitions);
    expect(out).not.toMatch(/gate swap/);
    expect(out).toMatch(/^cx q\[0\],q\[1\];\ncx q\[1\],q\[0\];\ncx q\[0\],q\[1\];\nswap q\[1\],q\[0\];$/m);
    expect(stateDistance(read(out).circuit, edited)).toBeLessThan(1e-12);
  });

  it('without definitions writes the engine gates as before', () => {
    const r = read(QISKIT_STYLE);
    expect(toQasm(r.circuit)).not.toMatch(/gate /);
    expect(stateDistance(read(toQasm(r.circuit)).circuit, r.circuit)).toBeLessThan(1e-12);
  });

  it('a broadcast call becomes one call per qubit', () => {
    const { text, back, r } = roundTrip(`${HEAD}gate flip a { x a; }\nqreg a[2];\nqreg b[1];\nflip a;\nflip b[0];\n`);
    expect(text).toMatch(/^flip q\[0\];\nflip q\[1\];\nflip q\[2\];$/m);
    expect(stateDistance(back.circuit, r.circuit)).toBeLessThan(1e-12);
  });
});

// Random small definitions (one of them nested in the other) and calls on three qubits. Each body angle is
// a·p + b for a parameter p, so the test expands every call itself, in the same floating-point order as the reader.
type Stmt = { gate: 'h' | 'x' | 'cx' | 'rz' | 'ry'; args: number[]; a: number; p: number; b: number };
const NUM = fc.double({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true });
const stmt = (params: number, qubits: number): fc.Arbitrary<Stmt> =>
  fc.record({
    gate: qubits > 1 ? fc.constantFrom<Stmt['gate']>('h', 'x', 'cx', 'rz', 'ry') : fc.constantFrom<Stmt['gate']>('h', 'x', 'rz', 'ry'),
    args: qubits > 1 ? fc.shuffledSubarray([0, 1], { minLength: 2, maxLength: 2 }) : fc.constant<number[]>([0]),
    a: NUM, p: fc.nat(params - 1), b: NUM,
  }).map((s) => ({ ...s, args: s.gate === 'cx' ? s.args : [s.args[0]!] }));

const program = fc.record({ params: fc.integer({ min: 1, max: 2 }), qubits: fc.integer({ min: 1, max: 2 }) }).chain(({ params, qubits }) =>
  fc.record({
    params: fc.constant(params),
    qubits: fc.constant(qubits),
    inner: fc.array(stmt(params, qubits), { minLength: 1, maxLength: 4 }),
    calls: fc.array(fc.record({ values: fc.array(NUM, { minLength: params, maxLength: params }), wires: fc.shuffledSubarray([0, 1, 2], { minLength: qubits, maxLength: qubits }), outer: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    remove: fc.nat(),
  }));

describe('gate definitions survive export (property)', () => {
  it('random definitions and calls read back to the same state, as a fixed point, also after an edit', () => {
    fc.assert(fc.property(program, ({ params, qubits, inner, calls, remove }) => {
      const pNames = Array.from({ length: params }, (_, j) => `p${j}`);
      const qNames = Array.from({ length: qubits }, (_, j) => `q${j}`);
      const body = (s: Stmt) => `${s.gate}${s.gate === 'rz' || s.gate === 'ry' ? `(${s.a}*p${s.p}+${s.b})` : ''} ${s.args.map((i) => qNames[i]).join(',')};`;
      // outer(p…) = inner(p…) twice, on the same qubits.
      const defs = `gate inner(${pNames}) ${qNames} { ${inner.map(body).join(' ')} }\ngate outer(${pNames}) ${qNames} { inner(${pNames}) ${qNames}; inner(${pNames}) ${qNames}; }\n`;
      const callText = calls.map((c) => `${c.outer ? 'outer' : 'inner'}(${c.values}) ${c.wires.map((w) => `q[${w}]`)};`).join('\n');
      const expand = (values: number[], wires: number[]) => inner.map((s) =>
        `${s.gate}${s.gate === 'rz' || s.gate === 'ry' ? `(${s.a * values[s.p]! + s.b})` : ''} ${s.args.map((i) => `q[${wires[i]}]`).join(',')};`).join('\n');
      const expandedText = calls.map((c) => (c.outer ? [expand(c.values, c.wires), expand(c.values, c.wires)] : [expand(c.values, c.wires)]).join('\n')).join('\n');
      const r = read(`${HEAD}${defs}qreg q[3];\n${callText}\n`);
      const expanded = read(`${HEAD}qreg q[3];\n${expandedText}\n`).circuit;
      const text = toQasm(r.circuit, r.definitions);
      expect(text).toMatch(/^gate inner/m);
      const back = read(text);
      expect(stateDistance(back.circuit, expanded)).toBeLessThan(1e-12);
      expect(toQasm(back.circuit, back.definitions)).toBe(text);
      // An edit: one gate taken out anywhere.
      const k = remove % r.circuit.ops.length;
      const edited: Circuit = { numQubits: 3, ops: r.circuit.ops.filter((_, i) => i !== k) };
      const out = toQasm(edited, r.definitions);
      expect(stateDistance(read(out).circuit, edited)).toBeLessThan(1e-12);
    }), { numRuns: 60, seed: 22 });
  });
});
