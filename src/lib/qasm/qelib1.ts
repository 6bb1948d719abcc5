/**
 * Every gate of qelib1.inc, and the other gate names Qiskit writes, as sequences of the engine's gates.
 *
 * Gates the engine knows run as themselves. The rest follow the definitions in qelib1.inc (Cross, Bishop, Smolin and
 * Gambetta 2017, arXiv:1707.03429, and the copy shipped with Qiskit, which added u0, u, p, sx, sxdg, cswap, crx, cry,
 * cp, csx, cu, rxx, rzz, rccx, rc3x, c3x, c3sqrtx and c4x), transcribed statement by statement with u1 → p, cu1 → cp
 * and u2(φ,λ) → u3(π/2,φ,λ). Gates outside qelib1.inc that Qiskit names (rzx, ryy, ecr, dcx, iswap, r, cs, csdg,
 * ccz, c3sx) follow Qiskit's own definitions; Qiskit's exporter writes those with a `gate` definition, which then
 * takes precedence over the one here. OpenQASM 2 has no controlled-gate modifier, so a gate's global phase never
 * shows in any result: the unit tests check each expansion against its matrix up to a global phase.
 *
 * Imports only the engine's types (src/lib/quantum), as the reader must.
 */
import type { GateName, GateOp } from '../quantum';

export interface BuiltinGate {
  params: number;
  qubits: number;
  expand(p: readonly number[], q: readonly number[]): GateOp[];
  /**
   * Present when the gate is one engine gate: which one, and where each of its angles comes from. Writers that keep
   * angles as expressions (src/lib/export/python-programs.ts) read it instead of keeping a table of their own.
   */
  native?: { gate: GateName; angles: readonly AngleSource[] };
}

/** One angle of a native gate: the call's angle at that position, or a fixed fraction of π (u2's π/2). */
export type AngleSource = number | { piOver: number };

const PI = Math.PI;
const op = (gate: GateName, wires: number[], params?: number[]): GateOp => (params ? { gate, wires, params } : { gate, wires });

// Short builders for the expansions below; each returns one engine gate.
const h = (a: number) => op('h', [a]);
const x = (a: number) => op('x', [a]);
const s = (a: number) => op('s', [a]);
const p = (l: number, a: number) => op('p', [a], [l]);
const rz = (l: number, a: number) => op('rz', [a], [l]);
const rx = (l: number, a: number) => op('rx', [a], [l]);
const u3 = (th: number, ph: number, l: number, a: number) => op('u3', [a], [th, ph, l]);
const u2 = (ph: number, l: number, a: number) => u3(PI / 2, ph, l, a);
const cx = (a: number, b: number) => op('cx', [a, b]);
const cp = (l: number, a: number, b: number) => op('cp', [a, b], [l]);
const ccx = (a: number, b: number, c: number) => op('ccx', [a, b, c]);

/** A gate the engine runs as itself, possibly under another name (u1 → p) or with its angles rearranged (u2). */
function native(gate: GateName, params: number, qubits: number, angles: readonly AngleSource[] = Array.from({ length: params }, (_, i) => i)): BuiltinGate {
  const pick = (v: readonly number[]) => angles.map((a) => (typeof a === 'number' ? v[a]! : PI / a.piOver));
  return { params, qubits, native: { gate, angles }, expand: (v, q) => [params ? op(gate, [...q], pick(v)) : op(gate, [...q])] };
}

function seq(params: number, qubits: number, expand: BuiltinGate['expand']): BuiltinGate {
  return { params, qubits, expand };
}

/**
 * qelib1's c3x: h, then seven controlled phases of ∓angle in Gray-code order, then h; angle π/4 makes the
 * three-controlled X. qelib1.inc's c3sqrtx is the same body with π/8, but that is the three-controlled inverse
 * sqrt(X) (the unit test shows it against both matrices): the three-controlled sqrt(X) its comment names, and that
 * Qiskit's C3SXGate is (its exporter writes c3sqrtx for it), takes -π/8, and that is what c3sqrtx reads as here.
 */
function c3xFamily(angle: number): BuiltinGate {
  return seq(0, 4, (_, [a, b, c, d]) => {
    const step = (l: number, ctl: number) => [h(d!), cp(l, ctl, d!), h(d!)];
    return [
      ...step(-angle, a!), cx(a!, b!),
      ...step(angle, b!), cx(a!, b!),
      ...step(-angle, b!), cx(b!, c!),
      ...step(angle, c!), cx(a!, c!),
      ...step(-angle, c!), cx(b!, c!),
      ...step(angle, c!), cx(a!, c!),
      ...step(-angle, c!),
    ];
  });
}

const c3x = c3xFamily(PI / 4);
const c3sqrtx = c3xFamily(-PI / 8);
const c3sqrtxdg = c3xFamily(PI / 8);

/** qelib1's rc3x (relative-phase three-controlled X). */
function rc3xOps(a: number, b: number, c: number, d: number): GateOp[] {
  return [
    u2(0, PI, d), p(PI / 4, d), cx(c, d), p(-PI / 4, d), u2(0, PI, d),
    cx(a, d), p(PI / 4, d), cx(b, d), p(-PI / 4, d), cx(a, d), p(PI / 4, d), cx(b, d), p(-PI / 4, d),
    u2(0, PI, d), p(PI / 4, d), cx(c, d), p(-PI / 4, d), u2(0, PI, d),
  ];
}

/** The inverse of a sequence of engine gates: reversed, each gate inverted. */
function inverse(ops: GateOp[]): GateOp[] {
  return ops.reverse().map((o) => {
    const [a = 0, b = 0, c = 0] = o.params ?? [];
    switch (o.gate) {
      case 'p': case 'rz': case 'rx': case 'ry': case 'cp': return { ...o, params: [-a] };
      case 'u3': return { ...o, params: [-a, -c, -b] };
      case 'cx': case 'h': case 'x': return o;
      default: throw new Error(`no inverse for ${o.gate}`);
    }
  });
}

function cuOps(th: number, ph: number, l: number, c: number, tq: number): GateOp[] {
  return [p((l + ph) / 2, c), p((l - ph) / 2, tq), cx(c, tq), u3(-th / 2, 0, -(ph + l) / 2, tq), cx(c, tq), u3(th / 2, ph, 0, tq)];
}

// A Map, not an object literal: a gate called "constructor" must not find Object's own properties.
export const BUILTIN_GATES: ReadonlyMap<string, BuiltinGate> = new Map<string, BuiltinGate>([
  // OpenQASM 2's two primitives.
  ['U', native('u3', 3, 1)],
  ['CX', native('cx', 0, 2)],
  // qelib1.inc: hardware primitives and standard gates.
  ['u3', native('u3', 3, 1)],
  ['u2', native('u3', 2, 1, [{ piOver: 2 }, 0, 1])],
  ['u1', native('p', 1, 1)],
  ['cx', native('cx', 0, 2)],
  ['id', native('id', 0, 1)],
  ['u0', seq(1, 1, (_, [a]) => [op('id', [a!])])],
  ['u', native('u3', 3, 1)],
  ['p', native('p', 1, 1)],
  ['x', native('x', 0, 1)],
  ['y', native('y', 0, 1)],
  ['z', native('z', 0, 1)],
  ['h', native('h', 0, 1)],
  ['s', native('s', 0, 1)],
  ['sdg', native('sdg', 0, 1)],
  ['t', native('t', 0, 1)],
  ['tdg', native('tdg', 0, 1)],
  ['rx', native('rx', 1, 1)],
  ['ry', native('ry', 1, 1)],
  ['rz', native('rz', 1, 1)],
  ['sx', native('sx', 0, 1)],
  ['sxdg', seq(0, 1, (_, [a]) => [s(a!), h(a!), s(a!)])],
  ['cz', native('cz', 0, 2)],
  ['cy', native('cy', 0, 2)],
  ['swap', native('swap', 0, 2)],
  ['ch', native('ch', 0, 2)],
  ['ccx', native('ccx', 0, 3)],
  ['cswap', seq(0, 3, (_, [a, b, c]) => [cx(c!, b!), ccx(a!, b!, c!), cx(c!, b!)])],
  ['crx', native('crx', 1, 2)],
  ['cry', native('cry', 1, 2)],
  ['crz', native('crz', 1, 2)],
  ['cu1', native('cp', 1, 2)],
  ['cp', native('cp', 1, 2)],
  ['cu3', seq(3, 2, ([th, ph, l], [c, tq]) => cuOps(th!, ph!, l!, c!, tq!))],
  ['csx', seq(0, 2, (_, [a, b]) => [h(b!), cp(PI / 2, a!, b!), h(b!)])],
  ['cu', seq(4, 2, ([th, ph, l, g], [c, tq]) => [p(g!, c!), ...cuOps(th!, ph!, l!, c!, tq!)])],
  ['rxx', seq(1, 2, ([th], [a, b]) => [u3(PI / 2, th!, 0, a!), h(b!), cx(a!, b!), p(-th!, b!), cx(a!, b!), h(b!), u2(-PI, PI - th!, a!)])],
  ['rzz', seq(1, 2, ([th], [a, b]) => [cx(a!, b!), p(th!, b!), cx(a!, b!)])],
  ['rccx', seq(0, 3, (_, [a, b, c]) => [u2(0, PI, c!), p(PI / 4, c!), cx(b!, c!), p(-PI / 4, c!), cx(a!, c!), p(PI / 4, c!), cx(b!, c!), p(-PI / 4, c!), u2(0, PI, c!)])],
  ['rc3x', seq(0, 4, (_, [a, b, c, d]) => rc3xOps(a!, b!, c!, d!))],
  ['c3x', c3x],
  ['c3sqrtx', c3sqrtx],
  // c4x: the body printed in Qiskit's copy of qelib1.inc (c3x twice, cu1(pi/4) d,e between h on d) is not a
  // four-controlled X (the unit test shows it, 0.71 away from the matrix). This is Qiskit's C4XGate definition
  // instead: rc3x and its inverse around a controlled phase, then a three-controlled (inverse) sqrt(X); the test
  // checks the whole against the four-controlled X.
  ['c4x', seq(0, 5, (_, [a, b, c, d, e]) => [
    h(e!), cp(-PI / 2, d!, e!), h(e!),
    ...rc3xOps(a!, b!, c!, d!),
    h(e!), cp(PI / 2, d!, e!), h(e!),
    ...inverse(rc3xOps(a!, b!, c!, d!)),
    ...c3sqrtxdg.expand([], [a!, b!, c!, e!]),
  ])],
  // Qiskit's names outside qelib1.inc, by Qiskit's definitions.
  ['c3sx', c3sqrtx],
  ['rzx', seq(1, 2, ([th], [a, b]) => [h(b!), cx(a!, b!), rz(th!, b!), cx(a!, b!), h(b!)])],
  ['ryy', seq(1, 2, ([th], [a, b]) => [rx(PI / 2, a!), rx(PI / 2, b!), cx(a!, b!), rz(th!, b!), cx(a!, b!), rx(-PI / 2, a!), rx(-PI / 2, b!)])],
  ['ecr', seq(0, 2, (_, [a, b]) => [h(b!), cx(a!, b!), rz(PI / 4, b!), cx(a!, b!), h(b!), x(a!), h(b!), cx(a!, b!), rz(-PI / 4, b!), cx(a!, b!), h(b!)])],
  ['dcx', seq(0, 2, (_, [a, b]) => [cx(a!, b!), cx(b!, a!)])],
  ['iswap', seq(0, 2, (_, [a, b]) => [s(a!), s(b!), h(a!), cx(a!, b!), cx(b!, a!), h(b!)])],
  ['r', seq(2, 1, ([th, ph], [a]) => [u3(th!, ph! - PI / 2, -ph! + PI / 2, a!)])],
  ['cs', seq(0, 2, (_, [a, b]) => [cp(PI / 2, a!, b!)])],
  ['csdg', seq(0, 2, (_, [a, b]) => [cp(-PI / 2, a!, b!)])],
  ['ccz', seq(0, 3, (_, [a, b, c]) => [h(c!), ccx(a!, b!, c!), h(c!)])],
]);

/** Names from qelib1.inc itself (the rest of BUILTIN_GATES are Qiskit's additions). */
export const QELIB1_NAMES = [
  'u3', 'u2', 'u1', 'cx', 'id', 'u0', 'u', 'p', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz', 'sx', 'sxdg',
  'cz', 'cy', 'swap', 'ch', 'ccx', 'cswap', 'crx', 'cry', 'crz', 'cu1', 'cp', 'cu3', 'csx', 'cu', 'rxx', 'rzz', 'rccx',
  'rc3x', 'c3x', 'c3sqrtx', 'c4x',
] as const;
