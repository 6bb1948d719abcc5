import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCircuit, encodeCircuit, readFromHash, writeToHash } from '../../../src/lib/share/circuit-url';
import type { Circuit } from '../../../src/lib/quantum';

const bell: Circuit = { numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }, { gate: 'rz', wires: [1], params: [0.25] }] };

describe('circuits in URLs', () => {
  it('round-trips through the hash, next to other keys', () => {
    const hash = writeToHash('#other=1', 'pg', bell);
    expect(new URLSearchParams(hash.slice(1)).get('other')).toBe('1');
    expect(readFromHash(hash, 'pg')).toEqual({ ok: true, circuit: bell });
    expect(readFromHash(hash, 'missing')).toBeNull();
  });

  it('refuses damaged or hostile links with a message and never throws', () => {
    const bad = [
      'not base64 !!!', encodeCircuit(bell).slice(0, 10), btoa('{"v":1,"n":2,"o":[["evil",[0]]]}'),
      btoa('{"v":1,"n":99,"o":[]}'), btoa('{"v":1,"n":2,"o":[["x",[5]]]}'), btoa('{"v":1,"n":1,"o":[["rx",[0],["NaN"]]]}'),
      btoa('null'), 'x'.repeat(30_000),
    ];
    for (const s of bad) {
      const r = decodeCircuit(s);
      expect(r.ok, s.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => decodeCircuit(s)).not.toThrow();
    }), { numRuns: 2000 });
  });
});
