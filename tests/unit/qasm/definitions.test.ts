// Custom gate definitions, opaque, and what the engine cannot simulate (reset, if, gates after a measurement).
import { describe, expect, it } from 'vitest';
import { readQasm } from '../../../src/lib/qasm';
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
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.message).toMatch(/expands to more than 200,000 gates/);
  });

  it('refuses definitions nested too deep', () => {
    let src = `${HEAD}gate g0 a { h a; }\n`;
    for (let k = 1; k <= 70; k++) src += `gate g${k} a { g${k - 1} a; }\n`;
    expect(refusal(`${src}qreg q[1];\n`).message).toMatch(/nest more than 64 deep/);
  });
});

describe('what sampling at the end cannot simulate is refused, with the reason', () => {
  it.each([
    ['reset', `${HEAD}qreg q[1];\nh q[0];\nreset q[0];\nh q[0];\n`, 5, /reset cannot be simulated here: this simulator samples every qubit once, at the end.*would change the results/],
    ['if', `${HEAD}qreg q[1];\ncreg c[1];\nmeasure q[0] -> c[0];\nif (c == 1) x q[0];\n`, 6, /if \(c == …\) cannot be simulated here.*would change the results/],
    ['a gate after a measurement', `${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\ncx q[0],q[1];\n`, 7, /q\[0\] was measured on line 6 and cx acts on it afterwards.*move the measurements to the end/],
    ['a gate after a whole-register measurement', `${HEAD}qreg q[2];\ncreg c[2];\nmeasure q -> c;\nx q[1];\n`, 6, /q\[1\] was measured on line 5/],
    ['a defined gate after a measurement', `${HEAD}gate g a { h a; }\nqreg q[1];\ncreg c[1];\nmeasure q[0] -> c[0];\ng q[0];\n`, 7, /q\[0\] was measured/],
  ])('%s', (_name, src, line, msg) => {
    const r = refusal(src);
    expect(r.line).toBe(line);
    expect(r.message).toMatch(msg);
  });

  it('accepts final measurements, a barrier after them and gates on qubits not measured', () => {
    const r = readQasm(`${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nbarrier q;\nx q[1];\nmeasure q[1] -> c[1];\n`);
    if (!r.ok) throw new Error(r.message);
    expect(r.circuit.ops).toEqual([{ gate: 'h', wires: [0] }, { gate: 'x', wires: [1] }]);
    expect(r.notes.join(' ')).toMatch(/line 6: measure, and 1 more/);
  });
});
