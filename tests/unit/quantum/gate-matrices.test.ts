// Every reference matrix against a definition written here from textbook algebra (Pauli matrices, exponentials,
// Kronecker products), with its own tiny complex arithmetic, so a typo in gates.ts cannot be copied into the check.
// The local basis is the engine's: bit j of a matrix index belongs to the gate's wires[j], so for a controlled gate
// the control is the LEAST significant local bit, and kron(target, control) is the right product order.
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, createRng, type GateName } from '../../../src/lib/quantum';

type C = [number, number];
type M = C[][];

const add = (a: M, b: M): M => a.map((row, i) => row.map(([x, y], j) => [x + b[i]![j]![0], y + b[i]![j]![1]]));
const scale = (k: C, a: M): M => a.map((row) => row.map(([x, y]) => [k[0] * x - k[1] * y, k[0] * y + k[1] * x]));
const kron = (a: M, b: M): M => {
  const out: M = [];
  for (const ra of a) for (const rb of b) out.push(ra.flatMap((x) => rb.map((y): C => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]])));
  return out;
};
const cis = (t: number): C => [Math.cos(t), Math.sin(t)];
const r = (x: number): C => [x, 0];

const I: M = [[r(1), r(0)], [r(0), r(1)]];
const X: M = [[r(0), r(1)], [r(1), r(0)]];
const Y: M = [[r(0), [0, -1]], [[0, 1], r(0)]];
const Z: M = [[r(1), r(0)], [r(0), r(-1)]];
const P0: M = [[r(1), r(0)], [r(0), r(0)]];
const P1: M = [[r(0), r(0)], [r(0), r(1)]];

/** exp(-i t/2 · P) = cos(t/2) I - i sin(t/2) P for any Pauli P (P^2 = I). */
const rot = (P: M, t: number): M => add(scale(r(Math.cos(t / 2)), I), scale([0, -Math.sin(t / 2)], P));
const phase = (l: number): M => [[r(1), r(0)], [r(0), cis(l)]];
const u3 = (t: number, ph: number, l: number): M => [
  [r(Math.cos(t / 2)), scale(r(-Math.sin(t / 2)), [[cis(l)]])[0]![0]!],
  [scale(r(Math.sin(t / 2)), [[cis(ph)]])[0]![0]!, scale(r(Math.cos(t / 2)), [[cis(ph + l)]])[0]![0]!],
];
/** |0><0|_control ⊗ I + |1><1|_control ⊗ U, target on the more significant local bit. */
const controlled = (U: M): M => add(kron(I, P0), kron(U, P1));

const EXPECTED: Record<GateName, (p: number[]) => M> = {
  id: () => I,
  x: () => X,
  y: () => Y,
  z: () => Z,
  h: () => scale(r(Math.SQRT1_2), add(X, Z)),
  s: () => phase(Math.PI / 2),
  sdg: () => phase(-Math.PI / 2),
  t: () => phase(Math.PI / 4),
  tdg: () => phase(-Math.PI / 4),
  // Qiskit's SX = ((1+i) I + (1-i) X) / 2, which squares to X exactly (not just up to phase).
  sx: () => add(scale([0.5, 0.5], I), scale([0.5, -0.5], X)),
  rx: ([t = 0]) => rot(X, t),
  ry: ([t = 0]) => rot(Y, t),
  rz: ([t = 0]) => rot(Z, t),
  p: ([l = 0]) => phase(l),
  u3: ([t = 0, ph = 0, l = 0]) => u3(t, ph, l),
  cx: () => controlled(X),
  cy: () => controlled(Y),
  cz: () => controlled(Z),
  ch: () => controlled(scale(r(Math.SQRT1_2), add(X, Z))),
  crx: ([t = 0]) => controlled(rot(X, t)),
  cry: ([t = 0]) => controlled(rot(Y, t)),
  crz: ([t = 0]) => controlled(rot(Z, t)),
  cp: ([l = 0]) => controlled(phase(l)),
  // Local bits 0 and 1 are the controls, bit 2 the target.
  ccx: () => add(kron(I, kron(I, I)), add(scale(r(-1), kron(I, kron(P1, P1))), kron(X, kron(P1, P1)))),
  swap: () => [
    [r(1), r(0), r(0), r(0)],
    [r(0), r(0), r(1), r(0)],
    [r(0), r(1), r(0), r(0)],
    [r(0), r(0), r(0), r(1)],
  ],
};

describe('reference matrices equal their textbook definitions', () => {
  it.each(GATE_NAMES.map((g) => [g]))('%s', (name) => {
    const spec = GATES[name];
    const rng = createRng(77 + name.charCodeAt(0));
    for (let trial = 0; trial < 4; trial++) {
      const p = Array.from({ length: spec.params }, () => (rng() - 0.5) * 4 * Math.PI);
      const want = EXPECTED[name](p);
      const got = spec.matrix(p);
      expect(got.size).toBe(want.length);
      for (let i = 0; i < got.size; i++) {
        for (let j = 0; j < got.size; j++) {
          const [wr, wi] = want[i]![j]!;
          expect(Math.hypot(got.re[i * got.size + j]! - wr, got.im[i * got.size + j]! - wi), `${name}[${i}][${j}]`).toBeLessThan(1e-14);
        }
      }
    }
  });

  it('satisfies the identities the course quotes: sx² = x, s² = z, t² = s, u3(θ,−π/2,π/2) = rx(θ), u3(θ,0,0) = ry(θ)', () => {
    const mul = (a: M, b: M): M => a.map((row) => b[0]!.map((_, j) => row.reduce<C>((acc, x, k) => {
      const y = b[k]![j]!;
      return [acc[0] + x[0] * y[0] - x[1] * y[1], acc[1] + x[0] * y[1] + x[1] * y[0]];
    }, [0, 0])));
    const close = (a: M, b: M) => a.every((row, i) => row.every((x, j) => Math.hypot(x[0] - b[i]![j]![0], x[1] - b[i]![j]![1]) < 1e-14));
    const E = (g: GateName, ...p: number[]) => EXPECTED[g](p);
    expect(close(mul(E('sx'), E('sx')), X)).toBe(true);
    expect(close(mul(E('s'), E('s')), Z)).toBe(true);
    expect(close(mul(E('t'), E('t')), E('s'))).toBe(true);
    expect(close(u3(0.9, -Math.PI / 2, Math.PI / 2), rot(X, 0.9))).toBe(true);
    expect(close(u3(0.9, 0, 0), rot(Y, 0.9))).toBe(true);
  });
});
