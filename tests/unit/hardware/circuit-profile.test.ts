import { describe, expect, it } from 'vitest';
import { profileCircuit } from '../../../src/lib/hardware';
import { readQasm } from '../../../src/lib/qasm';

describe('profileCircuit', () => {
  it('counts gates, depth and interacting pairs of a hand-checked program', () => {
    const r = readQasm(`OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
h q[0];
x q[3];
cx q[0],q[1];
cx q[2],q[3];
cx q[1],q[0];
ccx q[0],q[1],q[2];
rz(0.5) q[3];`);
    if (!r.ok) throw new Error(r.message);
    const p = profileCircuit(r.circuit);
    // layers: {h0, x3} {cx01, cx23} {cx10, rz3} {ccx012} → 4
    expect(p).toMatchObject({ oneQubit: 3, twoQubit: 3, threeQubit: 1, depth: 4 });
    expect(p.pairs).toEqual(['0-1', '0-2', '1-2', '2-3']);
    expect(p.maxPartners).toBe(3); // qubit 2 meets 0, 1 and 3
    expect(p.counts).toEqual({ oneQubit: 3 + 9, twoQubit: 3 + 6, measured: 4 });
  });
  it('gives depth 0 and no pairs for an empty circuit', () => {
    expect(profileCircuit({ numQubits: 2, ops: [] })).toMatchObject({ depth: 0, pairs: [], maxPartners: 0 });
  });
});
