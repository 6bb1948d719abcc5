import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blochPoint, probabilityOfOne, project } from '../../../src/lib/bloch';
import { GATES, createZeroState, expectationPauli, probabilities, stateFromAmplitudes } from '../../../src/lib/quantum';

const r = Math.SQRT1_2;
const point = (re: number[], im: number[] = [0, 0]) => blochPoint(stateFromAmplitudes(re, im));

describe('blochPoint', () => {
  it('puts the six textbook states on the six axes', () => {
    const cases: [number[], number[], [number, number, number]][] = [
      [[1, 0], [0, 0], [0, 0, 1]], // |0⟩
      [[0, 1], [0, 0], [0, 0, -1]], // |1⟩
      [[r, r], [0, 0], [1, 0, 0]], // |+⟩
      [[r, -r], [0, 0], [-1, 0, 0]], // |−⟩
      [[r, 0], [0, r], [0, 1, 0]], // |+i⟩ = (|0⟩ + i|1⟩)/√2
      [[r, 0], [0, -r], [0, -1, 0]], // |−i⟩
    ];
    for (const [re, im, [x, y, z]] of cases) {
      const p = point(re, im);
      expect(p.x).toBeCloseTo(x, 14);
      expect(p.y).toBeCloseTo(y, 14);
      expect(p.z).toBeCloseTo(z, 14);
    }
  });

  it('reads the relative phase as the longitude: S|+⟩ is at φ = π/2, T|+⟩ at π/4', () => {
    const s = stateFromAmplitudes([r, r]);
    GATES.s.apply(s, [0], []);
    expect(blochPoint(s).phi).toBeCloseTo(Math.PI / 2, 14);
    const t = stateFromAmplitudes([r, r]);
    GATES.t.apply(t, [0], []);
    expect(blochPoint(t).phi).toBeCloseTo(Math.PI / 4, 14);
  });

  it('ignores a global phase', () => {
    const a = point([0.6, 0.8]);
    // multiply both amplitudes by e^{i·1.1}
    const c = Math.cos(1.1), s = Math.sin(1.1);
    const b = point([0.6 * c, 0.8 * c], [0.6 * s, 0.8 * s]);
    expect(b.x).toBeCloseTo(a.x, 14);
    expect(b.y).toBeCloseTo(a.y, 14);
    expect(b.z).toBeCloseTo(a.z, 14);
  });

  it('agrees with the engine’s ⟨X⟩, ⟨Y⟩, ⟨Z⟩ and Born probabilities on random states (unit length)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }).filter((v) => Math.hypot(...v) > 1e-3), (v) => {
      const n = Math.hypot(...v);
      const st = stateFromAmplitudes([v[0]! / n, v[1]! / n], [v[2]! / n, v[3]! / n]);
      const p = blochPoint(st);
      expect(p.x).toBeCloseTo(expectationPauli(st, 'X'), 12);
      expect(p.y).toBeCloseTo(expectationPauli(st, 'Y'), 12);
      expect(p.z).toBeCloseTo(expectationPauli(st, 'Z'), 12);
      expect(Math.hypot(p.x, p.y, p.z)).toBeCloseTo(1, 12);
      expect(probabilityOfOne(p)).toBeCloseTo(probabilities(st)[1]!, 12);
    }), { numRuns: 500, seed: 17 });
  });

  it('refuses more than one qubit', () => {
    expect(() => blochPoint(createZeroState(2))).toThrow(/one qubit/);
  });
});

describe('project', () => {
  it('keeps points on the sphere inside the unit disc, and shows |0⟩ at the top', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: Math.PI, noNaN: true }), fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (th, ph) => {
      const q = project(Math.sin(th) * Math.cos(ph), Math.sin(th) * Math.sin(ph), Math.cos(th));
      expect(Math.hypot(q.sx, q.sy)).toBeLessThanOrEqual(1 + 1e-12);
    }), { numRuns: 300, seed: 5 });
    expect(project(0, 0, 1).sy).toBeLessThan(0);
    expect(project(0, 0, -1).sy).toBeGreaterThan(0);
  });
});

describe('the drawing view', () => {
  it('looks down on the equator: |+⟩ faces the viewer below the centre, and the north pole leans forward', () => {
    const plus = project(1, 0, 0);
    expect(plus.front).toBe(true);
    expect(plus.sy).toBeGreaterThan(0);
    expect(project(-1, 0, 0).front).toBe(false);
    expect(project(0, 0, 1).front).toBe(true);
  });
});
