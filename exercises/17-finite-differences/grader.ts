/**
 * Grader for exercise 17 (central finite differences). E is a sinusoid a + b·cos θ_k + c·sin θ_k in each angle, so
 * the central difference is exactly E'(θ)·sin(h)/h; E'(θ) is computed analytically from dense matrices
 * (ψ = U_G⋯U_1|0⟩, ∂ψ/∂θ_k with (−iP/2) inserted at the gate of angle k, ∂E/∂θ_k = 2 Re⟨ψ|Z|∂ψ⟩), without
 * finite differences or the exercise's circuit.ts. Circuits, angles and steps come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { cadd, cmul, embed, type C, type M } from '../../src/lib/exercises/grading/dense';
import { intIn, mulberry32, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { close, fail, isResult, numberArray, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

type Gate = { gate: 'rx' | 'ry' | 'rz'; qubit: number; param: number } | { gate: 'cx'; control: number; target: number };
interface Circuit { qubits: number; gates: Gate[]; measure: number }
export interface DifferenceModule {
  centralDifference(circuit: Circuit, thetas: number[], h: number): Promise<unknown>;
}

const TOL = 1e-9;
const PAULI: Record<'rx' | 'ry' | 'rz', M> = {
  rx: [[[0, 0], [1, 0]], [[1, 0], [0, 0]]],
  ry: [[[0, 0], [0, -1]], [[0, 1], [0, 0]]],
  rz: [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]],
};
/** exp(−iθP/2) = cos(θ/2) I − i sin(θ/2) P. */
const rotation = (P: M, t: number): M => P.map((row, i) => row.map((p, j) => cadd([i === j ? Math.cos(t / 2) : 0, 0], cmul([0, -Math.sin(t / 2)], p))));
const apply = (U: M, v: C[]): C[] => U.map((row) => row.reduce((s, u, j) => cadd(s, cmul(u, v[j]!)), [0, 0] as C));

function gateMatrix(g: Gate, thetas: number[], n: number): M {
  if (g.gate !== 'cx') return embed(rotation(PAULI[g.gate], thetas[g.param]!), g.qubit, n);
  const size = 1 << n;
  // A permutation: |i⟩ → |i xor target bit⟩ when the control bit of i is set.
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => [((c >> g.control) & 1 ? c ^ (1 << g.target) : c) === r ? 1 : 0, 0] as C));
}

/** The analytic gradient of ⟨Z_measure⟩, one entry per angle. */
function analyticGradient(circuit: Circuit, thetas: number[]): number[] {
  const n = circuit.qubits;
  const mats = circuit.gates.map((g) => gateMatrix(g, thetas, n));
  const zero: C[] = Array.from({ length: 1 << n }, (_, i) => [i === 0 ? 1 : 0, 0]);
  const psi = mats.reduce((v, U) => apply(U, v), zero);
  const zSign = (i: number) => ((i >> circuit.measure) & 1 ? -1 : 1);
  return thetas.map((_, k) => {
    const g = circuit.gates.findIndex((x) => x.gate !== 'cx' && x.param === k);
    if (g < 0) return 0;
    const gate = circuit.gates[g] as Extract<Gate, { param: number }>;
    let v = zero;
    for (let i = 0; i <= g; i++) v = apply(mats[i]!, v);
    v = apply(embed(PAULI[gate.gate].map((row) => row.map((p) => cmul([0, -0.5], p))), gate.qubit, n), v);
    for (let i = g + 1; i < mats.length; i++) v = apply(mats[i]!, v);
    return 2 * psi.reduce((s, a, i) => s + zSign(i) * (a[0] * v[i]![0] + a[1] * v[i]![1]), 0);
  });
}

const describe = (c: Circuit) => c.gates.map((g) => (g.gate === 'cx' ? `CX(${g.control}→${g.target})` : `${g.gate.toUpperCase()}(θ${g.param}) on ${g.qubit}`)).join(', ') + `; ⟨Z⟩ of qubit ${c.measure}`;

/** What the central difference with step h gives for these circuits: the exact derivative times sin(h)/h. */
const expectedCentral = (circuit: Circuit, thetas: number[], h: number) => analyticGradient(circuit, thetas).map((g) => (g * Math.sin(h)) / h);

async function differenceCase(m: DifferenceModule, circuit: Circuit, thetas: number[], h: number, label: string, why: (got: number[], want: number[]) => string = () => ''): Promise<CheckResult | null> {
  const want = expectedCentral(circuit, thetas, h);
  const got = numberArray(await m.centralDifference(circuit, [...thetas], h), thetas.length, `The central difference for ${label}`);
  if (isResult(got)) return got;
  const k = want.findIndex((w, i) => !close(got[i]!, w, TOL));
  if (k < 0) return null;
  return fail(`${label} (${describe(circuit)}), θ = ${show(thetas)}, h = ${h}: component ${k} is off by more than ${TOL}.${why(got, want)}`, show(want, 8), show(got, 8));
}

const oneRy = (): Circuit => ({ qubits: 1, gates: [{ gate: 'ry', qubit: 0, param: 0 }], measure: 0 });

/** Names the usual mistakes on one RY, where E = cos θ. */
const oneRyWhy = (t: number, h: number) => (got: number[]) => {
  const g = got[0]!;
  if (close(g, (Math.cos(t + h) - Math.cos(t)) / h, 1e-9)) return ' That is the forward difference [E(θ + h) − E(θ)] / h: step to both sides, E(θ + h) and E(θ − h).';
  if (close(g, (-2 * Math.sin(t) * Math.sin(h)) / h, 1e-9)) return ' Your value is twice the central difference: the two points are 2h apart, so divide by 2h.';
  if (close(g, -Math.sin(t), 1e-9)) return ' That is the exact derivative −sin θ (the parameter-shift value); the finite difference with this h is smaller by the factor sin(h)/h.';
  return '';
};

const oneRotation: Check<DifferenceModule> = {
  id: 'one-rotation',
  title: 'One RY: [cos(θ + h) − cos(θ − h)] / 2h = −sin θ · sin(h)/h',
  points: 1,
  async run(m) {
    for (const [t, h] of [[0.3, 0.5], [1.2, 0.1], [-2.0, 0.5], [2.5, 1]] as const) {
      const r = await differenceCase(m, oneRy(), [t], h, 'One RY on |0⟩', oneRyWhy(t, h));
      if (r) return r;
    }
    return pass('On one RY the central difference is −sin θ · sin(h)/h: at h = 0.1 within 0.2 % of the exact −sin θ.');
  },
};

const centralNotForward: Check<DifferenceModule> = {
  id: 'central-not-forward',
  title: 'Both sides of θ: zero slope gives exactly 0',
  points: 1,
  async run(m) {
    // At θ = 0 and θ = π, cos θ is flat: the central difference is 0 for every h, a forward one is (cos h − 1)/h ≠ 0.
    for (const [t, h] of [[0, 0.2], [Math.PI, 0.2], [0, 0.01], [1, 0.3]] as const) {
      const r = await differenceCase(m, oneRy(), [t], h, 'One RY on |0⟩', oneRyWhy(t, h));
      if (r) return r;
    }
    return pass('At the top and bottom of cos θ the central difference is 0, as the slope is.');
  },
};

const twoH: Check<DifferenceModule> = {
  id: 'two-h',
  title: 'Divided by 2h, the distance between the two points',
  points: 1,
  async run(m) {
    const circuit: Circuit = { qubits: 1, gates: [{ gate: 'rx', qubit: 0, param: 0 }], measure: 0 };
    for (const [t, h] of [[0.8, 0.01], [-1.3, 0.001]] as const) {
      const r = await differenceCase(m, circuit, [t], h, 'One RX on |0⟩', oneRyWhy(t, h));
      if (r) return r;
    }
    return pass('With h = 0.01 the estimate is within 2·10⁻⁵ of the exact −sin θ.');
  },
};

function randomCircuit(rng: Rng): { circuit: Circuit; thetas: number[] } {
  const qubits = intIn(rng, 1, 4);
  const P = intIn(rng, 1, 8);
  const order = Array.from({ length: P }, (_, i) => i).sort(() => rng() - 0.5);
  const gates: Gate[] = [];
  for (const param of order) {
    if (qubits > 1 && rng() < 0.4) {
      const control = intIn(rng, 0, qubits - 1);
      gates.push({ gate: 'cx', control, target: (control + intIn(rng, 1, qubits - 1)) % qubits });
    }
    gates.push({ gate: (['rx', 'ry', 'rz'] as const)[intIn(rng, 0, 2)]!, qubit: intIn(rng, 0, qubits - 1), param });
  }
  return { circuit: { qubits, gates, measure: intIn(rng, 0, qubits - 1) }, thetas: order.map(() => uniformIn(rng, -Math.PI, Math.PI)) };
}

const eachParameter: Check<DifferenceModule> = {
  id: 'each-parameter',
  title: 'Each angle stepped on its own, on random circuits',
  points: 2,
  async run(m) {
    const pair: Circuit = { qubits: 2, gates: [{ gate: 'ry', qubit: 0, param: 0 }, { gate: 'ry', qubit: 1, param: 1 }, { gate: 'cx', control: 0, target: 1 }], measure: 1 };
    const why = (got: number[], want: number[]) =>
      got.length > 1 && got.every((g) => close(g, got[0]!, 1e-12))
        ? ' All your entries are equal: step one angle at a time, keeping the others where they are.'
        : close(got[0]!, want[0]!, TOL) ? ' The first entry is right and a later one is not: is an earlier angle still stepped when you get to this one?' : '';
    const first = (await differenceCase(m, pair, [0.7, -1.1], 0.05, 'Two RY and a CNOT', why)) ?? (await differenceCase(m, { qubits: 1, gates: [], measure: 0 }, [], 0.1, 'No angles at all'));
    if (first) return first;
    const rng = mulberry32(17);
    const steps = [1e-4, 1e-3, 0.05, 0.3, 1];
    for (let t = 0; t < 20; t++) {
      const { circuit, thetas } = randomCircuit(rng);
      const r = await differenceCase(m, circuit, thetas, steps[t % steps.length]!, `Random circuit ${t + 1}`, why);
      if (r) return r;
    }
    return pass('20 random circuits match E\'(θ)·sin(h)/h for h from 10⁻⁴ to 1.');
  },
};

const noSideEffects: Check<DifferenceModule> = {
  id: 'no-side-effects',
  title: 'The angles are left unchanged',
  points: 1,
  requires: ['one-rotation'],
  async run(m) {
    const circuit: Circuit = { qubits: 2, gates: [{ gate: 'ry', qubit: 0, param: 0 }, { gate: 'cx', control: 0, target: 1 }, { gate: 'rx', qubit: 1, param: 1 }], measure: 1 };
    const thetas = [0.25, -0.75];
    const r = await remote(m.centralDifference).withArgs(circuit, [...thetas], 0.1);
    if (!sameNumbers(r.args[1], thetas)) {
      return fail('centralDifference changed the angles it was given. Step a copy so the caller\'s parameters, and every later component, stay where they were.', show(thetas), show(r.args[1]));
    }
    return pass('thetas is untouched; the stepped angles live in copies.');
  },
};

export const grader: Grader<DifferenceModule> = { exerciseId: '17-finite-differences', checks: [oneRotation, centralNotForward, twoH, eachParameter, noSideEffects] };
