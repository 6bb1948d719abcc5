// Gate definitions travel in share links and come back through the course's own reader: a shared circuit exports the
// same `gate` definitions and calls it was read with, and a doctored link can neither change what an export holds
// nor lose the circuit.
import { describe, expect, it } from 'vitest';
import { decodeCircuit, encodeCircuit, readFromHash, writeToHash } from '../../../src/lib/share';
import { readQasm } from '../../../src/lib/qasm/read';
import { toQasm } from '../../../src/lib/qasm/write';

const PROGRAM = `OPENQASM 2.0;
include "qelib1.inc";
gate bell a,b { h a; cx a,b; }
gate rot(t) a { rz(t) a; ry(t/2) a; }
qreg q[3];
bell q[2],q[0];
rot(pi/4) q[1];
x q[1];
`;

const read = () => {
  const r = readQasm(PROGRAM);
  if (!r.ok || !r.definitions) throw new Error('fixture did not read');
  return r;
};

/** base64url of a JSON object, as the link format is. */
const link = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('gate definitions in share links', () => {
  it('come back from a link exactly, and the shared circuit exports the same program text', () => {
    const r = read();
    const back = readFromHash(writeToHash('#intro', 'pg', r.circuit, r.definitions), 'pg');
    expect(back?.ok).toBe(true);
    if (!back?.ok) return;
    expect(back.circuit).toEqual(r.circuit);
    expect(back.notes).toEqual([]);
    expect(back.definitions).toEqual(r.definitions);
    const exported = toQasm(back.circuit, back.definitions);
    expect(exported).toBe(toQasm(r.circuit, r.definitions));
    expect(exported).toContain('gate bell a,b { h a; cx a,b; }');
    expect(exported).toContain('bell q[2],q[0];');
    expect(exported).toContain('rot(pi/4) q[1];');
  });

  it('leave links without definitions as they were', () => {
    const r = read();
    expect(encodeCircuit(r.circuit)).toBe(encodeCircuit(r.circuit, { definitions: [], calls: [] }));
    expect(decodeCircuit(encodeCircuit(r.circuit))).toEqual({ ok: true, circuit: r.circuit, notes: [] });
  });

  it('cannot make an export say one thing and hold another: a doctored body is read, and the circuit keeps its gates', () => {
    const r = read();
    const compact = JSON.parse(Buffer.from(encodeCircuit(r.circuit, r.definitions), 'base64url').toString());
    // The link now claims bell is a single X, while the circuit still holds H and CX where bell was called.
    compact.d[0][0] = 'gate bell a,b { x a; }';
    const back = decodeCircuit(link(compact));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.circuit).toEqual(r.circuit);
    const exported = toQasm(back.circuit, back.definitions);
    // The call is not written where the circuit does not hold its expansion, so the text reads back to the circuit.
    expect(exported).not.toContain('bell q[2],q[0];');
    const again = readQasm(exported);
    expect(again.ok && again.circuit).toEqual(r.circuit);
  });

  it('refuse definitions that do not read, or that smuggle in calls, with a note, keeping the circuit', () => {
    const r = read();
    const base = JSON.parse(Buffer.from(encodeCircuit(r.circuit, r.definitions), 'base64url').toString());
    const damaged = [
      [[42], base.d[1]],
      [['gate bell a,b { h a; cx a,b;'], base.d[1]],
      [base.d[0], [['nosuch', [], [0]]]],
      [base.d[0], [['bell', [], [0, 9]]]],
      // an extra call slipped in inside an angle: the reader sees two calls where the link names one
      [base.d[0], [['rot', ['pi/4) q[1]; rot(1'], [1]]]],
      'not a pair',
    ];
    for (const d of damaged) {
      const back = decodeCircuit(link({ ...base, d }));
      expect(back.ok, JSON.stringify(d)).toBe(true);
      if (!back.ok) continue;
      expect(back.circuit).toEqual(r.circuit);
      expect(back.definitions).toBeUndefined();
      expect(back.notes).toEqual(["the link's gate definitions could not be read, so the circuit is kept with its gates written out one by one"]);
    }
  });
});
