import fc from 'fast-check';
import QuantumCircuit from 'quantum-circuit';
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, MAX_QUBITS, type Circuit, type GateOp } from '../../../src/lib/quantum';
import { evaluateAngle, formatAngle, parseQasm, toQasm } from '../../../src/lib/qasm';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

describe('parseQasm', () => {
  it('takes the register size from qreg, not from the highest qubit used', () => {
    const r = parseQasm(`${HEAD}qreg q[3];\nx q[0];\n`);
    expect(r.ok && r.circuit).toEqual({ numQubits: 3, ops: [{ gate: 'x', wires: [0] }] });
  });

  it('reads angles, aliases, several registers and broadcasts', () => {
    const r = parseQasm(`${HEAD}qreg a[1];\nqreg b[2];\nu1(pi/2) a[0];\ncu1(-pi/4) a[0],b[1];\nh b;\nu2(0,pi) a[0];\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.circuit.numQubits).toBe(3);
    expect(r.circuit.ops).toEqual([
      { gate: 'p', wires: [0], params: [Math.PI / 2] },
      { gate: 'cp', wires: [0, 2], params: [-Math.PI / 4] },
      { gate: 'h', wires: [1] },
      { gate: 'h', wires: [2] },
      { gate: 'u3', wires: [0], params: [Math.PI / 2, 0, Math.PI] },
    ]);
  });

  it('ignores measure and barrier, and says so', () => {
    const r = parseQasm(`${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nbarrier q;\nmeasure q[0] -> c[0];\n`);
    expect(r.ok && r.ignored.length).toBe(2);
  });

  it.each([
    [`${HEAD}qreg q[2];\nh q[0]\ncx q[0],q[1];\n`, 4, /cannot read|missing/],
    [`${HEAD}qreg q[2];\nfoo q[0];\n`, 4, /unknown gate "foo"/],
    [`${HEAD}qreg q[2];\nx q[2];\n`, 4, /q\[2\] is out of range; q has 2 qubit/],
    [`${HEAD}qreg q[1];\nrx(0/0) q[0];\n`, 4, /not a finite number/],
    [`${HEAD}qreg q[1];\nrx(alert(1)) q[0];\n`, 4, /unknown name "alert"/],
    [`${HEAD}qreg q[${MAX_QUBITS + 1}];\n`, 3, /over this simulator's budget/],
    ['OPENQASM 3.0;\nqubit[2] q;\n', 1, /only OpenQASM 2/],
    [`${HEAD}qreg q[2];\ncx q[0],q[0];\n`, 4, /same qubit twice/],
    [`${HEAD}h q[0];\n`, 3, /before any "qreg"/],
    ['', 1, /empty/],
  ])('rejects a bad program with its line (%#)', (src, line, msg) => {
    const r = parseQasm(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(line);
    expect(r.message).toMatch(msg);
    expect(r.message).toMatch(new RegExp(`^Line ${line}:`));
  });
});

const opArb = (n: number): fc.Arbitrary<GateOp> =>
  fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)).chain((gate) =>
    fc.record({
      wires: fc.shuffledSubarray([...Array(n).keys()], { minLength: GATES[gate].qubits, maxLength: GATES[gate].qubits }),
      params: fc.array(fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.constantFrom(Math.PI / 2, -Math.PI / 4, Math.PI)), {
        minLength: GATES[gate].params, maxLength: GATES[gate].params,
      }),
    }).map(({ wires, params }) => (params.length ? { gate, wires, params } : { gate, wires })),
  );
const circuitArb: fc.Arbitrary<Circuit> = fc.integer({ min: 3, max: 6 }).chain((n) =>
  fc.array(opArb(n), { maxLength: 25 }).map((ops) => ({ numQubits: n, ops })),
);

describe('QASM round trip', () => {
  it('parseQasm(toQasm(c)) gives back c (angles to 1e-12)', () => {
    fc.assert(
      fc.property(circuitArb, (c) => {
        const r = parseQasm(toQasm(c));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.circuit.numQubits).toBe(c.numQubits);
        expect(r.circuit.ops.map((o) => [o.gate, o.wires])).toEqual(c.ops.map((o) => [o.gate, o.wires]));
        r.circuit.ops.forEach((o, k) => (o.params ?? []).forEach((p, j) => expect(Math.abs(p - c.ops[k]!.params![j]!)).toBeLessThan(1e-12)));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with quantum-circuit\'s own importer on valid programs (same gates on the same wires)', () => {
    // quantum-circuit is the independent reader here: it names sx "srn" and p "u1", and orders gates by column.
    const QC_NAME: Record<string, string> = { sx: 'srn', p: 'u1', cp: 'cu1' };
    fc.assert(
      fc.property(circuitArb, (c) => {
        const text = toQasm(c);
        const qc = new QuantumCircuit() as unknown as { importQASM(s: string, cb: (e: unknown[]) => void): void; numCols(): number; numQubits: number; gates: ({ id: string; name: string; connector: number } | null)[][] };
        const errors: unknown[] = [];
        qc.importQASM(text, (e) => errors.push(...e));
        expect(errors).toEqual([]);
        const theirs = new Map<string, { name: string; wires: number[] }>();
        for (let col = 0; col < qc.numCols(); col++)
          for (let w = 0; w < qc.numQubits; w++) {
            const g = qc.gates[w]![col];
            if (!g) continue;
            const entry = theirs.get(g.id) ?? { name: g.name, wires: [] };
            entry.wires[g.connector] = w;
            theirs.set(g.id, entry);
          }
        const key = (x: { name: string; wires: number[] }) => `${x.name}:${x.wires.join(',')}`;
        const ours = parseQasm(text);
        if (!ours.ok) throw new Error(ours.message);
        const a = ours.circuit.ops.map((o) => key({ name: QC_NAME[o.gate] ?? o.gate, wires: o.wires })).sort();
        const b = [...theirs.values()].map(key).sort();
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });
});

describe('angles', () => {
  it('evaluates safely', () => {
    expect(evaluateAngle('pi/2')).toEqual({ ok: true, value: Math.PI / 2 });
    expect(evaluateAngle('-3*pi/4')).toEqual({ ok: true, value: (-3 * Math.PI) / 4 });
    expect(evaluateAngle('2^3 + sqrt(4)')).toEqual({ ok: true, value: 10 });
    expect(evaluateAngle('constructor').ok).toBe(false);
    expect(evaluateAngle('1/0').ok).toBe(false);
    expect(evaluateAngle('').ok).toBe(false);
  });
  it('formats multiples of pi readably and round-trips', () => {
    expect(formatAngle(Math.PI / 2)).toBe('pi/2');
    expect(formatAngle((-3 * Math.PI) / 4)).toBe('-3*pi/4');
    for (const x of [0.1234567890123, -7.5, Math.PI / 3]) {
      const r = evaluateAngle(formatAngle(x));
      expect(r.ok && Math.abs(r.value - x)).toBeLessThan(1e-12);
    }
  });
});
