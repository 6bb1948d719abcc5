/**
 * Grader for exercise 16 (the parameter-shift rule). Expected gradients are analytic: with ψ = U_G⋯U_1|0⟩ and gate g
 * = exp(−iθP/2) holding angle k, ∂ψ/∂θ_k = U_G⋯U_{g+1}(−iP/2)U_g⋯U_1|0⟩ and ∂E/∂θ_k = 2 Re⟨ψ|Z|∂ψ⟩, built from
 * dense matrices (grading/rotation-circuits.ts). Neither the shift rule nor the exercise's circuit.ts is used. Circuits and
 * angles come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { analyticGradient, describeCircuit as describe, randomRotationCircuit as randomCircuit, type RotationCircuit } from '../../src/lib/exercises/grading/rotation-circuits';
import { mulberry32 } from '../../src/lib/exercises/grading/prng';
import { close, fail, isResult, numberArray, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

type Circuit = RotationCircuit;
export interface ShiftModule {
  parameterShift(circuit: Circuit, thetas: number[]): Promise<unknown>;
}

const TOL = 1e-9;

async function gradientCase(m: ShiftModule, circuit: Circuit, thetas: number[], label: string, why: (got: number[], want: number[]) => string = () => ''): Promise<CheckResult | null> {
  const want = analyticGradient(circuit, thetas);
  const got = numberArray(await m.parameterShift(circuit, [...thetas]), thetas.length, `The gradient for ${label}`);
  if (isResult(got)) return got;
  const k = want.findIndex((w, i) => !close(got[i]!, w, TOL));
  if (k < 0) return null;
  return fail(`${label} (${describe(circuit)}), θ = ${show(thetas)}: ∂E/∂θ${k} is off by more than ${TOL}.${why(got, want)}`, show(want), show(got));
}

const oneRy = (): Circuit => ({ qubits: 1, gates: [{ gate: 'ry', qubit: 0, param: 0 }], measure: 0 });

const oneRotation: Check<ShiftModule> = {
  id: 'one-rotation',
  title: 'One RY: E = cos θ, gradient −sin θ',
  points: 1,
  async run(m) {
    for (const t of [0.3, 1.2, -2.0, Math.PI / 2]) {
      const why = (got: number[]) => {
        const g = got[0]!;
        const d = -Math.sin(t);
        if (close(g, 0, 1e-9)) return ' You got 0: a shift of ±π gives two identical runs (E has period 2π). Shift by ±π/2.';
        if (close(g, 2 * d, 1e-9)) return ' Your value is twice −sin θ: the rule has a factor ½.';
        if (close(g, d / Math.PI, 1e-9) || close(g, (2 * d) / Math.PI, 1e-9)) return ' You divided by the shift as in a finite difference; the rule is exactly ½ [E(θ + π/2) − E(θ − π/2)], with nothing else.';
        return '';
      };
      const r = await gradientCase(m, oneRy(), [t], 'One RY on |0⟩', why);
      if (r) return r;
    }
    return pass('½ [cos(θ + π/2) − cos(θ − π/2)] = −sin θ, exactly.');
  },
};

const eachParameter: Check<ShiftModule> = {
  id: 'each-parameter',
  title: 'Each angle shifted on its own',
  points: 2,
  async run(m) {
    // E = cos θ0 · cos θ1 (the CNOT copies qubit 0's parity onto qubit 1): ∂0 = −sin θ0 cos θ1, ∂1 = −cos θ0 sin θ1.
    const pair: Circuit = { qubits: 2, gates: [{ gate: 'ry', qubit: 0, param: 0 }, { gate: 'ry', qubit: 1, param: 1 }, { gate: 'cx', control: 0, target: 1 }], measure: 1 };
    const three: Circuit = { qubits: 2, gates: [{ gate: 'ry', qubit: 0, param: 2 }, { gate: 'rx', qubit: 1, param: 0 }, { gate: 'cx', control: 1, target: 0 }, { gate: 'ry', qubit: 0, param: 1 }], measure: 0 };
    const unused: Circuit = { qubits: 1, gates: [{ gate: 'rx', qubit: 0, param: 1 }], measure: 0 };
    const none: Circuit = { qubits: 1, gates: [], measure: 0 };
    const why = (got: number[], want: number[]) =>
      got.length > 1 && got.every((g) => close(g, got[0]!, 1e-12))
        ? ' All your entries are equal: shift one angle at a time, keeping the others where they are.'
        : close(got[0]!, want[0]!, TOL) ? ' The first entry is right and a later one is not: is an earlier angle still shifted when you get to this one?' : '';
    return (
      (await gradientCase(m, pair, [0.7, -1.1], 'Two RY and a CNOT', why)) ??
      (await gradientCase(m, three, [0.4, 2.2, -0.9], 'Three angles, used out of order', why)) ??
      (await gradientCase(m, unused, [0.5, 1.3, -0.2], 'Angles 0 and 2 used by no gate', why)) ??
      (await gradientCase(m, none, [], 'No angles at all')) ??
      pass('Each component comes from shifting its own angle; unused angles get 0.')
    );
  },
};


const randomCircuits: Check<ShiftModule> = {
  id: 'random-circuits',
  title: 'Random circuits of RX, RY, RZ and CNOT, 1 to 4 qubits',
  points: 2,
  requires: ['one-rotation'],
  async run(m) {
    const rng = mulberry32(16);
    for (let t = 0; t < 20; t++) {
      const { circuit, thetas } = randomCircuit(rng);
      const r = await gradientCase(m, circuit, thetas, `Random circuit ${t + 1}`);
      if (r) return r;
    }
    return pass('20 random circuits match the analytic derivative to 1e-9.');
  },
};

const noSideEffects: Check<ShiftModule> = {
  id: 'no-side-effects',
  title: 'The angles are left unchanged',
  points: 1,
  requires: ['one-rotation'],
  async run(m) {
    const circuit: Circuit = { qubits: 2, gates: [{ gate: 'ry', qubit: 0, param: 0 }, { gate: 'cx', control: 0, target: 1 }, { gate: 'rx', qubit: 1, param: 1 }], measure: 1 };
    const thetas = [0.25, -0.75];
    const r = await remote(m.parameterShift).withArgs(circuit, [...thetas]);
    if (!sameNumbers(r.args[1], thetas)) {
      return fail('parameterShift changed the angles it was given. Shift a copy ([...thetas]) so the caller\'s parameters, and every later component, stay where they were.', show(thetas), show(r.args[1]));
    }
    return pass('thetas is untouched; the shifted angles live in copies.');
  },
};

export const grader: Grader<ShiftModule> = { exerciseId: '16-parameter-shift', checks: [oneRotation, eachParameter, randomCircuits, noSideEffects] };
