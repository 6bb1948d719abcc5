/**
 * Grader for exercise 17 (central finite differences). E is a sinusoid a + b·cos θ_k + c·sin θ_k in each angle, so
 * the central difference is exactly E'(θ)·sin(h)/h; E'(θ) is computed analytically from dense matrices
 * (ψ = U_G⋯U_1|0⟩, ∂ψ/∂θ_k with (−iP/2) inserted at the gate of angle k, ∂E/∂θ_k = 2 Re⟨ψ|Z|∂ψ⟩), without
 * finite differences or the exercise's circuit.ts. Circuits, angles and steps come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { analyticGradient, describeCircuit as describe, randomRotationCircuit as randomCircuit, type RotationCircuit } from '../../src/lib/exercises/grading/rotation-circuits';
import { mulberry32 } from '../../src/lib/exercises/grading/prng';
import { close, fail, isResult, numberArray, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

type Circuit = RotationCircuit;
export interface DifferenceModule {
  centralDifference(circuit: Circuit, thetas: number[], h: number): Promise<unknown>;
}

const TOL = 1e-9;

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
