// Custom gate definitions, opaque, and programs whose run depends on measurements (reset, if, gates after a measurement).
import { describe, expect, it } from 'vitest';
import { readProgram, readQasm } from '../../../src/lib/qasm';
import type { GateOp } from '../../../src/lib/quantum';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function opsOf(src: string): GateOp[] {
  const r = readQasm(src);
  if (!r.ok) throw new Error(r.message);
  return r.circuit.ops;
}

function refusal(src: string) {
  const r = readQasm(src);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.circuit.ops)}`);
  return r;
}

describe('gate definitions', () => {
  it('expands a definition where it is used, on the qubits given', () => {
    expect(opsOf(`${HEAD}gate bell a,b { h a; cx a,b; }\nqreg q[3];\nbell q[2],q[0];\n`)).toEqual([
      { gate: 'h', wires: [2] },
      { gate: 'cx', wires: [2, 0] },
    ]);
  });

  it('substitutes parameters into angle expressions, and nests definitions', () => {
    const ops = opsOf(`${HEAD}gate rot(t, u) a { rz(t/2) a; rx(-u*pi + t) a; }\ngate twice(t) a, b { rot(t, 1) a; rot(2*t, 0.5) b; U(t, 0, -t) a; CX a, b; }\nqreg q[2];\ntwice(pi/3) q[1],q[0];\n`);
    const t = Math.PI / 3;
    expect(ops.map((o) => [o.gate, o.wires])).toEqual([['rz', [1]], ['rx', [1]], ['rz', [0]], ['rx', [0]], ['u3', [1]], ['cx', [1, 0]]]);
    const params = ops.map((o) => o.params ?? []);
    [[t / 2], [-Math.PI + t], [t], [-0.5 * Math.PI + 2 * t], [t, 0, -t], []].forEach((want, k) => {
      expect(params[k]).toHaveLength(want.length);
      want.forEach((v, j) => expect(params[k]![j]).toBeCloseTo(v, 12));
    });
  });

  it('broadcasts a defined gate over registers', () => {
    const ops = opsOf(`${HEAD}gate g a,b { cz a,b; }\nqreg q[2];\nqreg r[2];\ng q,r;\ng q[0],r;\n`);
    expect(ops.map((o) => o.wires)).toEqual([[0, 2], [1, 3], [0, 2], [0, 3]]);
  });

  it('accepts the form Qiskit writes (qasm2.dumps), including a definition of a built-in name', () => {
    const src = `OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate my_gate q0,q1 { rzx(pi/4) q0,q1; x q0; }
gate empty q0 { }
qreg q[2];
creg meas[2];
my_gate q[0],q[1];
empty q[1];
barrier q[0],q[1];
measure q[0] -> meas[0];
measure q[1] -> meas[1];`;
    expect(opsOf(src).map((o) => o.gate)).toEqual(['h', 'cx', 'rz', 'cx', 'h', 'x']);
  });

  it.each([
    ['an undefined gate in a body', `${HEAD}gate g a { foo a; }\nqreg q[1];\n`, 3, /unknown gate "foo"/],
    ['a qubit that is not the gate\'s', `${HEAD}gate g a { h b; }\nqreg q[1];\n`, 3, /"b" is not a qubit of this gate/],
    ['an indexed qubit in a body', `${HEAD}gate g a { h a[0]; }\nqreg q[1];\n`, 3, /without \[ \]/],
    ['an unknown name in a body angle', `${HEAD}gate g(t) a { rz(s) a; }\nqreg q[1];\n`, 3, /unknown name "s" in an angle.*parameters t/],
    ['a measure in a body', `${HEAD}gate g a { measure a -> c[0]; }\nqreg q[1];\n`, 3, /cannot appear inside a gate definition/],
    ['a gate defined twice', `${HEAD}gate g a { h a; }\ngate g a { x a; }\nqreg q[1];\n`, 4, /already defined on line 3/],
    ['a wrong number of angles at the use', `${HEAD}gate g(t) a { rz(t) a; }\nqreg q[1];\ng q[0];\n`, 5, /g takes 1 angle, got 0/],
    ['a wrong number of qubits at the use', `${HEAD}gate g a,b { cx a,b; }\nqreg q[2];\ng q[0];\n`, 5, /g acts on 2 qubits, got 1/],
    ['a division by zero once substituted', `${HEAD}gate g(t) a { rz(1/t) a; }\nqreg q[1];\ng(0) q[0];\n`, 5, /inside the definition of g.*divides by zero/],
    ['a use before the definition', `${HEAD}qreg q[1];\ng q[0];\ngate g a { h a; }\n`, 4, /unknown gate "g"/],
    ['a body never closed', `${HEAD}qreg q[1];\ngate g a { h a;\n`, 4, /never closed/],
  ])('refuses %s, naming the line', (_name, src, line, msg) => {
    const r = refusal(src);
    expect(r.line).toBe(line);
    expect(r.message).toMatch(msg);
  });

  it('refuses opaque, naming the gate', () => {
    const r = refusal(`${HEAD}opaque magic(theta) a,b;\nqreg q[2];\n`);
    expect(r.message).toMatch(/^Line 3, column 8: opaque gate "magic" has no definition, so it cannot be simulated/);
  });

  it('stops a definition that expands exponentially, quickly and with a message', () => {
    let src = `${HEAD}gate g0 a { h a; }\n`;
    for (let k = 1; k <= 30; k++) src += `gate g${k} a { g${k - 1} a; g${k - 1} a; }\n`;
    const t0 = performance.now();
    const r = refusal(`${src}qreg q[1];\ng30 q[0];\n`);
    // A guard against hangs, not a timing test (speed belongs in the benchmark): unbounded expansion would run for
    // hours; the reader stops at 200,000 gates, a fraction of a second here, well inside 15 s on a loaded machine.
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.message).toMatch(/expands to more than 200,000 gates/);
  });

  it('refuses definitions nested too deep', () => {
    let src = `${HEAD}gate g0 a { h a; }\n`;
    for (let k = 1; k <= 70; k++) src += `gate g${k} a { g${k - 1} a; }\n`;
    expect(refusal(`${src}qreg q[1];\n`).message).toMatch(/nest more than 64 deep/);
  });
});

describe('programs whose run depends on measurements: read whole, refused only by views that need one state vector', () => {
  it.each([
    ['reset', `${HEAD}qreg q[1];\nh q[0];\nreset q[0];\nh q[0];\n`, 5, /reset returns a qubit to \|0⟩ during the run/],
    ['if', `${HEAD}qreg q[1];\ncreg c[1];\nmeasure q[0] -> c[0];\nif (c == 1) x q[0];\n`, 6, /if \(c == 1\) makes a gate depend on measurement results/],
    ['a gate after a measurement', `${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\ncx q[0],q[1];\n`, 7, /q\[0\] was measured on line 6 and cx acts on it afterwards \(a measurement in the middle/],
    ['a gate after a whole-register measurement', `${HEAD}qreg q[2];\ncreg c[2];\nmeasure q -> c;\nx q[1];\n`, 6, /q\[1\] was measured on line 5/],
    ['a defined gate after a measurement', `${HEAD}gate g a { h a; }\nqreg q[1];\ncreg c[1];\nmeasure q[0] -> c[0];\ng q[0];\n`, 7, /q\[0\] was measured/],
  ])('%s', (_name, src, line, reason) => {
    const r = refusal(src);
    expect(r.line).toBe(line);
    expect(r.message).toMatch(reason);
    expect(r.message).toMatch(/no single state vector.*playground's OpenQASM box/);
    const p = readProgram(src);
    if (!p.ok || p.kind !== 'dynamic') throw new Error(`expected a dynamic program, got ${JSON.stringify(p)}`);
    expect(p.line).toBe(line);
    expect(p.reason).toMatch(reason);
  });

  it('reads if with measure, reset or a defined gate as its statement, and checks the condition', () => {
    const p = readProgram(`${HEAD}gate g a { h a; x a; }\nqreg q[2];\ncreg c[2];\nmeasure q[0] -> c[0];\nif (c == 1) g q[1];\nif (c == 0) reset q[0];\nif (c == 3) measure q[1] -> c[1];\n`);
    if (!p.ok || p.kind !== 'dynamic') throw new Error(JSON.stringify(p));
    const when = { offset: 0, size: 2, value: 1 };
    expect(p.program.steps).toEqual([
      { kind: 'measure', qubit: 0, bit: 0 },
      { kind: 'gate', op: { gate: 'h', wires: [1] }, when },
      { kind: 'gate', op: { gate: 'x', wires: [1] }, when },
      { kind: 'reset', qubit: 0, when: { ...when, value: 0 } },
      { kind: 'measure', qubit: 1, bit: 1, when: { ...when, value: 3 } },
    ]);
    expect(p.registers).toEqual([{ name: 'c', size: 2, offset: 0 }]);
    for (const [src, msg] of [
      [`${HEAD}qreg q[1];\ncreg c[2];\nif (c == 4) x q[0];\n`, /c has 2 bits, so it never reads 4; it holds 0 to 3/],
      [`${HEAD}qreg q[1];\nif (d == 1) x q[0];\n`, /unknown classical register "d"/],
      [`${HEAD}qreg q[1];\ncreg c[1];\nif (c == 1) barrier q;\n`, /comes one gate, measure or reset, not "barrier"/],
      [`${HEAD}qreg q[1];\ncreg c[1];\nif (q == 1) x q[0];\n`, /q is a quantum register/],
    ] as const) {
      const r = readProgram(src);
      expect(r.ok, src).toBe(false);
      if (!r.ok) expect(r.message).toMatch(msg);
    }
  });

  it('classical registers take consecutive bits in the order declared; more than 32 are refused only when the run needs them', () => {
    const p = readProgram(`${HEAD}qreg q[1];\ncreg a[2];\ncreg b[3];\nmeasure q[0] -> b[1];\nx q[0];\nmeasure q[0] -> a[0];\n`);
    if (!p.ok || p.kind !== 'dynamic') throw new Error(JSON.stringify(p));
    expect(p.registers).toEqual([{ name: 'a', size: 2, offset: 0 }, { name: 'b', size: 3, offset: 2 }]);
    expect(p.program.numBits).toBe(5);
    expect(p.program.steps[0]).toEqual({ kind: 'measure', qubit: 0, bit: 3 });
    expect(readQasm(`${HEAD}qreg q[1];\ncreg c[40];\nh q[0];\n`).ok).toBe(true);
    const big = readProgram(`${HEAD}qreg q[1];\ncreg c[40];\nreset q[0];\n`);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toMatch(/at most 32 classical bits; its registers hold 40/);
  });

  it('accepts final measurements, a barrier after them and gates on qubits not measured', () => {
    const r = readQasm(`${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nbarrier q;\nx q[1];\nmeasure q[1] -> c[1];\n`);
    if (!r.ok) throw new Error(r.message);
    expect(r.circuit.ops).toEqual([{ gate: 'h', wires: [0] }, { gate: 'x', wires: [1] }]);
    expect(r.notes.join(' ')).toMatch(/line 6: measure, and 1 more/);
  });
});
