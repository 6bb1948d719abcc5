import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCircuit, encodeCircuit, readFromHash, writeToHash } from '../../../src/lib/share';
import { GATES, GATE_NAMES, type Circuit, type GateOp } from '../../../src/lib/quantum';

const bell: Circuit = { numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }, { gate: 'rz', wires: [1], params: [0.25] }] };

const opArb = (n: number): fc.Arbitrary<GateOp> =>
  fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)).chain((gate) =>
    fc
      .record({
        wires: fc.shuffledSubarray([...Array(n).keys()], { minLength: GATES[gate].qubits, maxLength: GATES[gate].qubits }),
        params: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: GATES[gate].params, maxLength: GATES[gate].params }),
      })
      .map(({ wires, params }) => (params.length ? { gate, wires, params } : { gate, wires })),
  );

describe('circuits in URLs', () => {
  it('round-trips any valid circuit exactly (angles bit for bit)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(opArb(n), { maxLength: 30 }).map((ops) => ({ numQubits: n, ops }))), (c) => {
        const encoded = encodeCircuit(c);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        const r = decodeCircuit(encoded);
        // JSON has no -0; every other double comes back identical.
        expect(r).toEqual({ ok: true, circuit: JSON.parse(JSON.stringify(c)), notes: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps other playgrounds and a plain anchor in the hash', () => {
    const hash = writeToHash('#intro&other=abc', 'pg', bell);
    expect(hash.startsWith('#intro&other=abc&pg=')).toBe(true);
    expect(readFromHash(hash, 'pg')).toEqual({ ok: true, circuit: bell, notes: [] });
    expect(readFromHash(hash, 'missing')).toBeNull();
    expect(readFromHash(hash, 'intro')).toBeNull();
    const replaced = writeToHash(hash, 'pg', { numQubits: 1, ops: [] });
    expect(replaced.match(/pg=/g)).toHaveLength(1);
    expect(writeToHash(replaced, 'pg', null)).toBe('#intro&other=abc');
    expect(writeToHash('#pg=x', 'pg', null)).toBe('');
    expect(writeToHash('', 'a b', bell).startsWith('#a%20b=')).toBe(true);
    expect(readFromHash(writeToHash('', 'a b', bell), 'a b')).toEqual({ ok: true, circuit: bell, notes: [] });
  });

  it('refuses damaged or hostile links with a message and never throws', () => {
    const bad = [
      'not base64 !!!', encodeCircuit(bell).slice(0, 10), btoa('{"v":1,"n":2,"o":[["evil",[0]]]}'), btoa('{"v":1,"n":2,"o":[["constructor",[0]]]}'),
      btoa('{"v":1,"n":99,"o":[]}'), btoa('{"v":1,"n":2,"o":[["x",[5]]]}'), btoa('{"v":1,"n":1,"o":[["rx",[0],["NaN"]]]}'),
      btoa('{"v":1,"n":1,"o":[["rx",[0],[1e999]]]}'), btoa('{"v":1,"n":1.5,"o":[]}'), btoa('{"v":2,"n":1,"o":[]}'), btoa('{"v":1,"n":1,"o":[null]}'),
      btoa('{"v":1,"n":1,"o":[["x",{"length":1}]]}'), btoa('{"__proto__":{"v":1}}'), btoa('null'), btoa('[]'), btoa('\xff\xfe'), '', 'x'.repeat(200_000),
    ];
    for (const s of bad) {
      const r = decodeCircuit(s);
      expect(r.ok, s.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
    expect(decodeCircuit(42 as unknown as string).ok).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => Buffer.from(j).toString('base64url'))), (s) => {
        expect(() => decodeCircuit(s)).not.toThrow();
        expect(() => readFromHash(`#pg=${s}&${s}`, 'pg')).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
