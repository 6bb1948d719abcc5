import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GATES, GATE_NAMES, MAX_QUBITS, type Circuit, type GateOp } from '../../../src/lib/quantum';
import { parseQasm, readQasm, toQasm } from '../../../src/lib/qasm';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

// The reader no longer runs quantum-circuit (whose lexer wrote unknown characters to console.error); the console stays quiet.
const consoleError = vi.spyOn(console, 'error');
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockClear();
});

describe('parseQasm: valid programs', () => {
  it('takes the register size from qreg, not from the highest qubit used', async () => {
    const r = await parseQasm(`${HEAD}qreg q[3];\nx q[0];\n`);
    expect(r).toEqual({ ok: true, kind: 'pure', circuit: { numQubits: 3, ops: [{ gate: 'x', wires: [0] }] }, notes: [] });
  });

  it('reads angles, aliases, several registers and broadcasts', async () => {
    const r = await parseQasm(`${HEAD}qreg a[1];\nqreg b[2];\nu1(pi/2) a[0];\ncu1(-pi/4) a[0],b[1];\nh b;\nu2(0,pi) a[0];\nCX a[0],b[0];\n`);
    if (!r.ok || r.kind !== 'pure') throw new Error(`expected a pure circuit, got ${JSON.stringify(r)}`);
    expect(r.circuit).toEqual({
      numQubits: 3,
      ops: [
        { gate: 'p', wires: [0], params: [Math.PI / 2] },
        { gate: 'cp', wires: [0, 2], params: [-Math.PI / 4] },
        { gate: 'h', wires: [1] },
        { gate: 'h', wires: [2] },
        { gate: 'u3', wires: [0], params: [Math.PI / 2, 0, Math.PI] },
        { gate: 'cx', wires: [0, 1] },
      ],
    });
  });

  it('accepts comments, measure, barrier and creg, and says what it did not simulate', async () => {
    const r = await parseQasm(`// Bell pair\n${HEAD}qreg q[2];\ncreg c[2];\n/* entangle */ h q[0];\ncx q[0],q[1];\nbarrier q;\nmeasure q -> c;\n`);
    if (!r.ok || r.kind !== 'pure') throw new Error(`expected a pure circuit, got ${JSON.stringify(r)}`);
    expect(r.circuit.ops).toEqual([{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }]);
    expect(r.notes).toHaveLength(3);
    expect(r.notes.join(' ')).toMatch(/line 5: creg.*line 8: barrier.*line 9: measure/);
  });
});

describe('parseQasm: rejected programs name the line', () => {
  it.each([
    ['a syntax error (missing ";")', `${HEAD}qreg q[2];\nh q[0]\ncx q[0],q[1];\n`, 4, /missing ";"/],
    ['a syntax error (stray token)', `${HEAD}qreg q[2];\nh q[0];\ncx q[0] q[1];\n`, 5, /q|mismatched|extraneous|viable/],
    ['an unknown gate', `${HEAD}qreg q[2];\nfoo q[0];\n`, 4, /unknown gate "foo"/],
    ['an out-of-range qubit', `${HEAD}qreg q[2];\nx q[2];\n`, 4, /q\[2\] is out of range; q has 2 qubit/],
    ['a NaN angle', `${HEAD}qreg q[1];\nrx(0/0) q[0];\n`, 4, /divides by zero, so it is not a finite number/],
    ['an infinite angle', `${HEAD}qreg q[1];\nrx(1/0) q[0];\n`, 4, /not a finite number/],
    ['a register over the qubit budget', `${HEAD}qreg q[${MAX_QUBITS + 1}];\n`, 3, /too many/],
    ['registers that add up over the budget', `${HEAD}qreg a[20];\nqreg b[20];\n`, 4, /40 qubits, too many/],
    ['OpenQASM 3', 'OPENQASM 3.0;\nqubit[2] q;\n', 1, /only OpenQASM 2/],
    ['the same qubit twice', `${HEAD}qreg q[2];\ncx q[0],q[0];\n`, 4, /same qubit twice/],
    ['a gate before qreg', `${HEAD}h q[0];\n`, 3, /before any "qreg"/],
    ['a wrong number of angles', `${HEAD}qreg q[1];\nrx q[0];\n`, 4, /takes 1 angle/],
    ['an opaque gate', `${HEAD}qreg q[1];\nopaque g a;\ng q[0];\n`, 4, /opaque gate "g" has no definition/],
    ['a character outside OpenQASM', `${HEAD}qreg q[1];\nh q[0]; @\n`, 4, /unexpected character "@"/],
    ['π instead of pi', `${HEAD}qreg q[1];\nrx(π) q[0];\n`, 4, /write pi/],
    ['markup as a gate name', `${HEAD}qreg q[1];\n<img src=x onerror=alert(1)> q[0];\n`, 4, /unexpected character "<"/],
    ['a huge index', `${HEAD}qreg q[2];\nx q[99999999];\n`, 4, /q\[99999999\] is out of range/],
    ['an empty program', '', 1, /expecting 'OPENQASM'|empty/],
    ['no header', 'qreg q[1];\nh q[0];\n', 1, /OPENQASM/],
  ])('%s', async (_name, src, line, msg) => {
    const r = await parseQasm(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(line);
    expect(r.message).toMatch(msg);
    expect(r.message).toMatch(new RegExp(`^Line ${line}\\b`));
  });

  it('points a missing ";" at the end of the line that lacks it', async () => {
    const r = await parseQasm(`${HEAD}qreg q[2];\nh q[0]\ncx q[0],q[1];\n`);
    expect(r).toMatchObject({ ok: false, line: 4, column: 7 });
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom(...'OPENQASM 2.0; qreg q[2]; h cx ( ) [ ] , ; -> pi / * { }'.split(' ')).chain((t) => fc.array(fc.constant(t)).map((a) => a.join(' ')))), async (s) => {
        const r = await parseQasm(`${HEAD}qreg q[2];\n${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    expect((await parseQasm(undefined as unknown as string)).ok).toBe(false);
    expect((await parseQasm('x'.repeat(200_000))).ok).toBe(false);
  });
});

const opArb = (n: number): fc.Arbitrary<GateOp> =>
  fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)).chain((gate) =>
    fc
      .record({
        wires: fc.shuffledSubarray([...Array(n).keys()], { minLength: GATES[gate].qubits, maxLength: GATES[gate].qubits }),
        params: fc.array(
          fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -1e-6, max: 1e-6, noNaN: true }), fc.constantFrom(Math.PI / 2, -Math.PI / 4, Math.PI, (2 * Math.PI) / 3)),
          { minLength: GATES[gate].params, maxLength: GATES[gate].params },
        ),
      })
      .map(({ wires, params }) => (params.length ? { gate, wires, params } : { gate, wires })),
  );
const circuitArb: fc.Arbitrary<Circuit> = fc.integer({ min: 1, max: 8 }).chain((n) => fc.array(opArb(n), { maxLength: 25 }).map((ops) => ({ numQubits: n, ops })));

function expectSameCircuit(got: Circuit, want: Circuit) {
  expect(got.numQubits).toBe(want.numQubits);
  expect(got.ops.map((o) => [o.gate, o.wires])).toEqual(want.ops.map((o) => [o.gate, o.wires]));
  got.ops.forEach((o, k) => {
    const p = want.ops[k]!.params ?? [];
    expect(o.params ?? []).toHaveLength(p.length);
    (o.params ?? []).forEach((v, j) => expect(Math.abs(v - p[j]!)).toBeLessThanOrEqual(1e-12));
  });
}

describe('QASM round trip', () => {
  it('parseQasm(toQasm(c)) gives back c, angles to 1e-12', async () => {
    await fc.assert(
      fc.asyncProperty(circuitArb, async (c) => {
        const r = await parseQasm(toQasm(c));
        if (!r.ok || r.kind !== 'pure') throw new Error(`${r.ok ? r.kind : r.message}\n${toQasm(c)}`);
        expectSameCircuit(r.circuit, c);
      }),
      { numRuns: 300 },
    );
  });

  it('writes pi multiples readably and reads them back exactly enough', async () => {
    const c: Circuit = { numQubits: 2, ops: [{ gate: 'rx', wires: [0], params: [Math.PI / 2] }, { gate: 'cp', wires: [1, 0], params: [(-3 * Math.PI) / 4] }, { gate: 'u3', wires: [1], params: [Math.PI, 0.1, -1e-9] }] };
    const text = toQasm(c);
    expect(text).toContain('rx(pi/2) q[0];');
    expect(text).toContain('cp(-3*pi/4) q[1],q[0];');
    const r = await parseQasm(text);
    expect(r.ok && r.kind).toBe('pure');
    if (r.ok && r.kind === 'pure') expectSameCircuit(r.circuit, c);
  });

  it('agrees with readQasm alone (the synchronous reader used for lesson programs) on valid programs', () => {
    fc.assert(
      fc.property(circuitArb, (c) => {
        const r = readQasm(toQasm(c));
        expect(r.ok).toBe(true);
        if (r.ok) expectSameCircuit(r.circuit, c);
      }),
      { numRuns: 200 },
    );
  });
});
