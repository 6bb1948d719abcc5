// One sweep over the gate table: every reference matrix is unitary, and every fast kernel agrees with applying
// that matrix densely (an independent routine in ./helpers). Fused blocks get the same sweep in ./fuse.test.ts: every
// gate, folded with single-qubit gates into a block, against the product of the reference matrices.
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, cloneState, createRng } from '../../../src/lib/quantum';
import { adjoint, identity, maxDistance, multiply } from '../../../src/lib/quantum/complex-matrix';
import { applyDense, maxAmpDiff, randomState, randomWires } from './helpers';

describe.each(GATE_NAMES.map((g) => [g]))('gate %s', (name) => {
  const spec = GATES[name];
  const rng = createRng(1234 + name.length * 7 + name.charCodeAt(0));
  const params = () => Array.from({ length: spec.params }, () => (rng() - 0.5) * 4 * Math.PI);

  it('has a unitary reference matrix', () => {
    for (let trial = 0; trial < 5; trial++) {
      const u = spec.matrix(params());
      expect(u.size).toBe(2 ** spec.qubits);
      expect(maxDistance(multiply(adjoint(u), u), identity(u.size))).toBeLessThan(1e-12);
    }
  });

  it('fast kernel agrees with the reference matrix on random states and wires', () => {
    for (const n of [3, 4]) {
      for (let trial = 0; trial < 4; trial++) {
        const p = params();
        const wires = randomWires(n, spec.qubits, rng);
        const state = randomState(n, rng);
        const expected = applyDense(state, spec.matrix(p), wires);
        const got = cloneState(state);
        spec.apply(got, wires, p);
        expect(maxAmpDiff(got, expected)).toBeLessThan(1e-12);
      }
    }
  });
});
