// A program's own `gate` definitions survive export to Qiskit and Cirq: each becomes a Python function, each intact
// call a call, and the program still applies exactly the circuit's gates. Checked by running the exported Python
// with a reader of its own (./python-subset.ts, which follows Python's precedence rules, not the writer's), against
// the circuit the course read, and for one program against a hand expansion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCirqProgram, toQiskitProgram } from '../../../src/lib/export/python-programs';
import { readQasm } from '../../../src/lib/qasm';
import type { GateOp } from '../../../src/lib/quantum';
import { cirqForm, cirqGates, qiskitGates } from './python-subset';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function read(src: string) {
  const r = readQasm(src);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Same gates on the same wires, angles equal to 1e-12 (relative to their size). */
function expectSameGates(actual: readonly GateOp[], expected: readonly GateOp[]) {
  expect(actual.map((o) => `${o.gate} ${o.wires.join(',')}`)).toEqual(expected.map((o) => `${o.gate} ${o.wires.join(',')}`));
  actual.forEach((o, i) => {
    const want = expected[i]!.params ?? [];
    expect(o.params?.length ?? 0).toBe(want.length);
    want.forEach((v, j) => expect(Math.abs(o.params![j]! - v)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
  });
}

function bothWays(src: string) {
  const r = read(src);
  const qiskit = toQiskitProgram(r.circuit, { definitions: r.definitions });
  const cirq = toCirqProgram(r.circuit, { definitions: r.definitions });
  expectSameGates(qiskitGates(qiskit), r.circuit.ops);
  expectSameGates(cirqGates(cirq), cirqForm(r.circuit.ops));
  return { r, qiskit, cirq };
}

// Nested definitions, expressions that need Python's parentheses, parameter names that are Python keywords or names
// the programs use (lambda, g, in), and aliases (u1, u2, cu1, U, CX) inside bodies.
const PROGRAM = `${HEAD}gate rot(lambda,g) a { rz(-lambda^2) a; ry(2*(g-lambda)/3) a; u1(-(-g)) a; rx(g-(lambda-1)) a; rz(g/(2*lambda)) a; ry(2^-g^2) a; }
gate layer(theta) a,in { rot(theta, pi - theta/2) in; CX a,in; u2(sin(theta)^2, -pi/4) a; cu1(theta/(1+theta)) in,a; U(theta,-theta,ln(2)) in; }
gate flip a { x a; }
qreg q[3];
creg c[3];
h q[0];
rot(pi/2, -0.3) q[1];
layer(0.25) q[2],q[0];
flip q[1];
rx(1e21) q[0];
measure q -> c;
`;

describe('Python programs keep the program\'s gate definitions', () => {
  it('writes each definition used as a function and each call as a call, in both frameworks', () => {
    const { qiskit, cirq } = bothWays(PROGRAM);
    for (const src of [qiskit, cirq]) {
      expect(src).toMatch(/^def gate_rot\(_lambda, _g/m);
      expect(src).toMatch(/^def gate_layer\(theta/m);
      expect(src).toMatch(/^def gate_flip\(/m);
      // The definition's OpenQASM, as a comment above its body.
      expect(src).toContain('    # gate rot(lambda,g) a { rz(-lambda^2) a;');
    }
    expect(qiskit).toContain('qc.append(gate_rot(np.pi / 2, -0.3), [1])');
    expect(qiskit).toContain('qc.append(gate_layer(0.25), [2, 0])');
    expect(qiskit).toContain("g = QuantumCircuit(2, name='layer')");
    expect(qiskit).toContain('    g.append(gate_rot(theta, np.pi - theta / 2), [1])');
    expect(qiskit).toMatch(/^import numpy as np$/m);
    expect(cirq).toContain('    gate_rot(np.pi / 2, -0.3, q[1]),');
    expect(cirq).toContain('        gate_rot(theta, np.pi - theta / 2, _in),');
    // 1e21 is written as JavaScript prints it, which Python reads as the same float.
    expect(qiskit).toContain('qc.rx(1e+21, 0)');
  });

  it('keeps the expressions with Python\'s precedence: -lambda^2 is -(lambda**2), u2 becomes u with pi/2', () => {
    const { qiskit, cirq } = bothWays(PROGRAM);
    expect(qiskit).toContain('    g.rz(-_lambda ** 2, 0)');
    expect(qiskit).toContain('    g.ry(2 * (_g - _lambda) / 3, 0)');
    expect(qiskit).toContain('    g.p(-(-_g), 0)');
    expect(qiskit).toContain('    g.rx(_g - (_lambda - 1), 0)');
    expect(qiskit).toContain('    g.rz(_g / (2 * _lambda), 0)');
    expect(qiskit).toContain('    g.ry(2 ** -_g ** 2, 0)');
    expect(qiskit).toContain('    g.u(np.pi / 2, np.sin(theta) ** 2, -np.pi / 4, 0)');
    expect(qiskit).toContain('    g.cp(theta / (1 + theta), 1, 0)');
    expect(cirq).toContain('        cirq.CZ**(theta / (1 + theta) / np.pi)(_in, a),');
  });

  it('applies the very gates a hand expansion gives', () => {
    const { r } = bothWays(PROGRAM);
    const t = 0.25;
    const hand = read(`${HEAD}qreg q[3];
h q[0];
rz(-(pi/2)^2) q[1]; ry(2*(-0.3-pi/2)/3) q[1]; p(-0.3) q[1]; rx(-0.3-(pi/2-1)) q[1]; rz(-0.3/(2*(pi/2))) q[1]; ry(2^(-((-0.3)^2))) q[1];
rz(-${t}^2) q[0]; ry(2*((pi-${t}/2)-${t})/3) q[0]; p(pi-${t}/2) q[0]; rx((pi-${t}/2)-(${t}-1)) q[0]; rz((pi-${t}/2)/(2*${t})) q[0]; ry(2^(-((pi-${t}/2)^2))) q[0];
cx q[2],q[0];
u3(pi/2, sin(${t})^2, -pi/4) q[2];
cp(${t}/(1+${t})) q[0],q[2];
u3(${t},-${t},ln(2)) q[0];
x q[1];
rx(1e21) q[0];
`);
    expectSameGates(r.circuit.ops, hand.circuit.ops);
  });

  it('writes a call as its gates where the circuit no longer holds them, and drops definitions no call needs', () => {
    const r = read(PROGRAM);
    // The learner deleted the first gate of rot's call (rz on q[1]).
    const at = r.circuit.ops.findIndex((o) => o.gate === 'rz' && o.wires[0] === 1);
    const edited = { ...r.circuit, ops: r.circuit.ops.filter((_, i) => i !== at) };
    const qiskit = toQiskitProgram(edited, { definitions: r.definitions });
    expect(qiskit).not.toContain('qc.append(gate_rot(np.pi / 2');
    expect(qiskit).toContain('qc.append(gate_layer(0.25), [2, 0])');
    // rot is still needed inside layer.
    expect(qiskit).toMatch(/^def gate_rot\(/m);
    expectSameGates(qiskitGates(qiskit), edited.ops);
    expectSameGates(cirqGates(toCirqProgram(edited, { definitions: r.definitions })), cirqForm(edited.ops));
    // Without layer's call, flip's and rot's, no function is written and numpy is not imported.
    const bare = { ...r.circuit, ops: r.circuit.ops.slice(0, 1) };
    const plain = toQiskitProgram(bare, { definitions: r.definitions });
    expect(plain).not.toMatch(/^def /m);
    expect(plain).not.toContain('import numpy');
  });

  it('writes out the calls of a definition whose body uses a gate with no single-gate form, and says why', () => {
    const src = `${HEAD}gate wide(t) a,b { cu3(t,0,0) a,b; }
gate outer a,b { wide(0.5) b,a; h a; }
gate fine a { h a; }
qreg q[2];
outer q[0],q[1];
fine q[1];
wide(0.1) q[1],q[0];
`;
    const { qiskit, cirq } = bothWays(src);
    for (const text of [qiskit, cirq]) {
      expect(text).not.toMatch(/^def gate_(wide|outer)\(/m);
      expect(text).toMatch(/^def gate_fine\(/m);
      expect(text).toContain('# wide is written as the gates it expands to: its body uses cu3');
      expect(text).toContain('# outer is written as the gates it expands to: its body uses cu3');
    }
  });

  it('any program with definitions exports to gates equal to the circuit read (property, 300 random programs)', () => {
    // Random definitions over engine gates, aliases and earlier definitions, with angle expressions over their
    // parameters; random calls. Programs the reader refuses (an angle that is not finite) are skipped; most read.
    const ONE = ['x', 'h', 's', 'tdg', 'sx', 'id'];
    const ONE_P = ['rx', 'ry', 'rz', 'p', 'u1'];
    const TWO = ['cx', 'cz', 'swap', 'ch', 'CX'];
    const TWO_P = ['crx', 'cry', 'crz', 'cp', 'cu1'];
    const expr = (names: string[]): fc.Arbitrary<string> =>
      fc.letrec<{ e: string }>((tie) => ({
        e: fc.oneof(
          { depthSize: 'medium', withCrossShrink: true },
          fc.constantFrom('pi', '0.5', '2', '.25', '1e-3', ...names),
          fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/'), tie('e')).map(([a, o, b]) => `${a}${o}${b}`),
          tie('e').map((a) => `-${a}`),
          tie('e').map((a) => `(${a})`),
          tie('e').map((a) => `(${a})^2`),
          fc.tuple(fc.constantFrom('sin', 'cos', 'exp', 'sqrt'), tie('e')).map(([f, a]) => (f === 'sqrt' ? `sqrt((${a})^2)` : f === 'exp' ? `exp(sin(${a}))` : `${f}(${a})`)),
        ),
      })).e;
    const stmt = (params: string[], qs: string[], earlier: { name: string; p: number; q: number }[]) =>
      fc.oneof(
        fc.tuple(fc.constantFrom(...ONE), fc.constantFrom(...qs)).map(([g, a]) => `${g} ${a};`),
        fc.tuple(fc.constantFrom(...ONE_P), expr(params), fc.constantFrom(...qs)).map(([g, e, a]) => `${g}(${e}) ${a};`),
        fc.tuple(expr(params), expr(params), expr(params), fc.constantFrom(...qs)).map(([a, b, c, w]) => `u3(${a},${b},${c}) ${w};`),
        fc.tuple(expr(params), expr(params), fc.constantFrom(...qs)).map(([a, b, w]) => `u2(${a},${b}) ${w};`),
        ...(qs.length >= 2
          ? [
              fc.tuple(fc.constantFrom(...TWO), fc.shuffledSubarray(qs, { minLength: 2, maxLength: 2 })).map(([g, w]) => `${g} ${w.join(',')};`),
              fc.tuple(fc.constantFrom(...TWO_P), expr(params), fc.shuffledSubarray(qs, { minLength: 2, maxLength: 2 })).map(([g, e, w]) => `${g}(${e}) ${w.join(',')};`),
            ]
          : []),
        ...earlier
          .filter((d) => d.q <= qs.length)
          .map((d) => fc.tuple(fc.array(expr(params), { minLength: d.p, maxLength: d.p }), fc.shuffledSubarray(qs, { minLength: d.q, maxLength: d.q }))
            .map(([es, w]) => `${d.name}${d.p ? `(${es.join(',')})` : ''} ${w.join(',')};`)),
      );
    const program = fc
      .array(fc.record({ p: fc.integer({ min: 0, max: 2 }), q: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 })
      .chain((shapes) => {
        const earlier: { name: string; p: number; q: number }[] = [];
        const defs = shapes.map((sh, i) => {
          // Names a Python program must rename: lambda, g, in, def.
          const params = ['lambda', 'g', 'th'].slice(0, sh.p);
          const qs = ['a', 'in', 'def'].slice(0, sh.q);
          const d = fc.array(stmt(params, qs, [...earlier]), { minLength: 0, maxLength: 4 })
            .map((body) => `gate d${i}${params.length ? `(${params.join(',')})` : ''} ${qs.join(',')} { ${body.join(' ')} }`);
          earlier.push({ name: `d${i}`, ...sh });
          return d;
        });
        const top = fc.array(stmt([], ['q[0]', 'q[1]', 'q[2]'], earlier), { minLength: 1, maxLength: 6 });
        return fc.tuple(fc.tuple(...defs), top);
      })
      .map(([defs, top]) => `${HEAD}${defs.join('\n')}\nqreg q[3];\n${top.join('\n')}\n`);
    let readBack = 0;
    fc.assert(
      fc.property(program, (src) => {
        const r = readQasm(src);
        if (!r.ok) return;
        readBack++;
        expectSameGates(qiskitGates(toQiskitProgram(r.circuit, { definitions: r.definitions })), r.circuit.ops);
        expectSameGates(cirqGates(toCirqProgram(r.circuit, { definitions: r.definitions })), cirqForm(r.circuit.ops));
      }),
      { numRuns: 300, seed: 22 },
    );
    expect(readBack).toBeGreaterThan(150);
  });
});
